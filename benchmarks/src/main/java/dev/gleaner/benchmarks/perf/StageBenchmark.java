package dev.gleaner.benchmarks.perf;

import dev.gleaner.Gleaner;
import dev.gleaner.extractors.blogger.BloggerExtractor;
import dev.gleaner.extractors.content.ContentExtractor;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import dev.gleaner.spi.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every page-level stage and the peers on the same page set, one JMH operation being one pass over the whole set
 * (so the set's mix of small and large pages is weighed the same in every row; {@link PerfReport} divides by the
 * page count and the set's bytes). All rows start from the decoded page text.
 *
 * <p>Adding a stage is one {@code @Benchmark} method here and one {@link Row} in {@link PerfReport#ROWS}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmark {

    /** The page set ({@link PageSets}). */
    @Param({PageSets.BLOGGER})
    public String set = PageSets.BLOGGER;

    /** At most this many pages of the set ({@code 0}: all). */
    @Param({"0"})
    public int limit;

    private List<BenchPage> pages = List.of();
    private Gleaner pipeline = Gleaner.builder().enrichers(List.of()).build();
    private final BloggerExtractor blogger = new BloggerExtractor();
    private final ContentExtractor content = new ContentExtractor();
    private List<Post> posts = List.of();

    /** Loads the pages and builds every stage once (never inside a measured method). */
    @Setup
    public void setUp() {
        pages = PageSets.load(set, limit);
        pipeline = Gleaner.builder().enrichers(List.of()).build();
        List<Post> all = new ArrayList<>();
        for (BenchPage p : pages) {
            all.addAll(pipeline.ingest(p.html(), p.url()).posts());
        }
        posts = List.copyOf(all);
    }

    /** The pages this trial runs on. */
    List<BenchPage> pages() {
        return pages;
    }

    /** The floor: jsoup parsing the page, nothing else. */
    @Benchmark
    public void jsoupParse(Blackhole bh) {
        for (BenchPage p : pages) {
            bh.consume(Jsoup.parse(p.html(), p.url()));
        }
    }

    /** Gleaner's whole pipeline without enrichers: parse, the cascade (Blogger, generic, fallback), metadata. */
    @Benchmark
    public void pipeline(Blackhole bh) {
        for (BenchPage p : pages) {
            PageResult result = pipeline.ingest(p.html(), p.url());
            bh.consume(result);
        }
    }

    /** Parse plus the Blogger extractor alone (recognition, then extraction where it recognises the page). */
    @Benchmark
    public void bloggerExtraction(Blackhole bh) {
        for (BenchPage p : pages) {
            Page page = page(p);
            bh.consume(blogger.recognises(page) ? blogger.extract(page) : page);
        }
    }

    /** Parse plus the generic content extractor alone. */
    @Benchmark
    public void genericExtraction(Blackhole bh) {
        for (BenchPage p : pages) {
            bh.consume(content.extract(page(p)));
        }
    }

    /** JSON Lines serialisation of every post the pipeline gives for the set (per page: its posts). */
    @Benchmark
    public void json(Blackhole bh) {
        for (Post post : posts) {
            bh.consume(GleanerJson.toJson(post));
        }
    }

    /** Peer: Boilerpipe's ArticleExtractor (its own parser, NekoHTML). */
    @Benchmark
    public void boilerpipe(Blackhole bh) {
        for (BenchPage p : pages) {
            bh.consume(Peers.boilerpipe(p.html()));
        }
    }

    /** Peer: Readability4J (jsoup parse plus the Readability algorithm). */
    @Benchmark
    public void readability4j(Blackhole bh) {
        for (BenchPage p : pages) {
            bh.consume(Peers.readability4j(p.html(), p.url()));
        }
    }

    private static Page page(BenchPage p) {
        Document document = Jsoup.parse(p.html(), p.url());
        return new Page(p.url(), p.url(), document, Optional.empty());
    }
}
