package dev.gleaner.benchmarks.perf;

import dev.gleaner.Gleaner;
import dev.gleaner.extractors.entities.EntityRecognizer;
import dev.gleaner.extractors.labels.LabelSuggester;
import dev.gleaner.model.PostTime;
import dev.gleaner.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The post-level stages on the posts the pipeline extracts from a page set, one JMH operation being one pass over
 * every post: entity extraction (reported per 1,000 tokens, tokens counted by the recognizer's own analyzer) and
 * label suggestion (reported per post, on posts that already carry their entities, as in the default order).
 *
 * <p>Adding a post-level stage is one {@code @Benchmark} method here and one {@link Row} in {@link PerfReport#ROWS}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NlpBenchmark {

    /** The page set the posts come from ({@link PageSets}). */
    @Param({PageSets.BLOGGER})
    public String set = PageSets.BLOGGER;

    /** At most this many pages of the set ({@code 0}: all). */
    @Param({"0"})
    public int limit;

    private @Nullable EntityRecognizer entities;
    private @Nullable LabelSuggester labels;
    private List<Post> posts = List.of();
    private List<Post> postsWithEntities = List.of();

    /** Extracts the posts and builds the stages once. */
    @Setup
    public void setUp() {
        Gleaner pipeline = Gleaner.builder().enrichers(List.of()).build();
        EntityRecognizer recognizer = recognizer();
        entities = recognizer;
        labels = LabelSuggester.open();
        List<Post> all = new ArrayList<>();
        List<Post> enriched = new ArrayList<>();
        for (BenchPage p : PageSets.load(set, limit)) {
            for (Post post : pipeline.ingest(p.html(), p.url()).posts()) {
                all.add(post);
                enriched.add(post.toBuilder().entities(recognizer.entities(post.text(),
                        post.published().map(PostTime::date))).build());
            }
        }
        posts = List.copyOf(all);
        postsWithEntities = List.copyOf(enriched);
    }

    /**
     * The default English recognizer; while its name-finder model is not yet bundled (the entity stage is landing),
     * the same recognizer without it (rules, gazetteers, designators), so the benchmark runs either way.
     */
    static EntityRecognizer recognizer() {
        try {
            return EntityRecognizer.english();
        } catch (IllegalStateException e) {
            return EntityRecognizer.builder().bundledModel(false).build();
        }
    }

    /** Whether the default recognizer's name-finder model is bundled (else the figures are without it). */
    static boolean modelBundled() {
        try {
            EntityRecognizer.english();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The number of tokens in the posts' texts, as the entity recognizer's analyzer splits them. */
    static long tokens(String set, int limit) {
        EntityRecognizer recognizer = recognizer();
        Gleaner pipeline = Gleaner.builder().enrichers(List.of()).build();
        long n = 0;
        for (BenchPage p : PageSets.load(set, limit)) {
            for (Post post : pipeline.ingest(p.html(), p.url()).posts()) {
                n += recognizer.analyzer().analyze(post.text()).tokens().size();
            }
        }
        return n;
    }

    /** The number of posts the pipeline extracts from the set. */
    static int posts(String set, int limit) {
        Gleaner pipeline = Gleaner.builder().enrichers(List.of()).build();
        int n = 0;
        for (BenchPage p : PageSets.load(set, limit)) {
            n += pipeline.ingest(p.html(), p.url()).posts().size();
        }
        return n;
    }

    /** Entity extraction (sentences, tokens, rules, gazetteers, name-finder model) on every post's text. */
    @Benchmark
    public void entities(Blackhole bh) {
        for (Post post : posts) {
            bh.consume(Objects.requireNonNull(entities).entities(post.text(), post.published().map(PostTime::date)));
        }
    }

    /** Label suggestion (open key phrases and salient entities) on every post. */
    @Benchmark
    public void labels(Blackhole bh) {
        for (Post post : postsWithEntities) {
            bh.consume(Objects.requireNonNull(labels).suggest(post));
        }
    }
}
