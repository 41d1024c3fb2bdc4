package dev.gleaner.samples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.Gleaner;
import dev.gleaner.extractors.labels.LabelModel;
import dev.gleaner.extractors.labels.LabelSuggester;
import dev.gleaner.extractors.labels.LabelledText;
import dev.gleaner.model.LabelSuggestion;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gleaner labels}: learn a blog's label vocabulary ({@code train}) and suggest labels ({@code suggest}).
 * INPUT is a saved page, a directory of pages, or a JSON Lines file of posts ({@code id}, {@code title}, {@code
 * text} or {@code html}, {@code labels}, optionally {@code date}).
 */
@Command(name = "labels",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learns a blog's label vocabulary and suggests labels for posts.",
        subcommands = {LabelsCommand.Train.class, LabelsCommand.Suggest.class})
final class LabelsCommand implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSONL = ".jsonl";

    @Spec
    private CommandSpec spec = CommandSpec.create();

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a command: train or suggest");
    }

    /** One input post: its id, the post, and its date for ordering ({@code ""} when unknown). */
    record InputPost(String id, Post post, String date) {
    }

    /** Reads every post of the inputs, in input order. */
    static List<InputPost> read(List<Path> inputs) throws IOException {
        Gleaner gleaner = Gleaner.builder().enrichers(List.of()).build();
        List<InputPost> out = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files;
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    files = walk.filter(Files::isRegularFile).filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(JSONL);
                    }).sorted().toList();
                }
            } else {
                files = List.of(input);
            }
            for (Path f : files) {
                if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(JSONL)) {
                    readJsonLines(f, out);
                } else {
                    PageResult page = gleaner.ingest(f);
                    int i = 0;
                    for (Post p : page.posts()) {
                        String id = page.posts().size() == 1 ? f.toString() : f + "#" + i;
                        out.add(new InputPost(id, p, p.published().map(Object::toString).orElse("")));
                        i++;
                    }
                }
            }
        }
        return out;
    }

    private static void readJsonLines(Path file, List<InputPost> out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + lineNo + ": not JSON: " + e.getMessage(), e);
                }
                String text = n.hasNonNull("text") ? n.get("text").asText()
                        : Jsoup.parse(n.path("html").asText(n.path("body").asText(""))).body().wholeText();
                List<String> labels = new ArrayList<>();
                n.path("labels").forEach(l -> labels.add(l.asText()));
                Post post = Post.builder().title(n.path("title").asText("")).text(text).labels(labels).build();
                String id = n.hasNonNull("id") ? n.get("id").asText() : file + ":" + lineNo;
                out.add(new InputPost(id, post, n.path("date").asText(n.path("published").asText(""))));
            }
        }
    }

    /** {@code gleaner labels train INPUT... -o MODEL}. */
    @Command(name = "train", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Learns the label vocabulary of labelled posts and saves it as a model file.",
                "Posts are ordered by date when every post has one (the newest fifth calibrates the cut)."})
    static final class Train implements Callable<Integer> {
        @Spec
        private CommandSpec spec = CommandSpec.create();

        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages, directories or JSON Lines files.")
        private List<Path> inputs = new ArrayList<>();

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL",
                description = "The model file to write.")
        private @Nullable Path output;

        @Override
        public Integer call() throws IOException {
            List<InputPost> posts = new ArrayList<>(read(inputs));
            if (posts.stream().allMatch(p -> !p.date().isEmpty())) {
                posts.sort(Comparator.comparing(InputPost::date));
            }
            List<LabelledText> texts = posts.stream().map(p -> LabelledText.of(p.post())).toList();
            long labelled = texts.stream().filter(t -> !t.labels().isEmpty()).count();
            if (labelled == 0) {
                spec.commandLine().getErr().println("gleaner labels train: no input post carries a label");
                return GleanerCli.EXIT_FAILED;
            }
            long t0 = System.nanoTime();
            LabelModel model = LabelModel.train(texts);
            model.save(Objects.requireNonNull(output, "picocli enforces --output"));
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "posts %d, labelled %d, labels %d, seconds %.1f: %s%n", texts.size(), labelled,
                    model.labels().size(), (System.nanoTime() - t0) / 1e9, output);
            err.flush();
            return GleanerCli.EXIT_OK;
        }
    }

    /** {@code gleaner labels suggest [--model MODEL] INPUT... -o OUT.jsonl}. */
    @Command(name = "suggest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Suggests labels for every input post: one output line per post, in input order, "
                    + "{\"id\": ID, \"labels\": [...], \"suggestedLabels\": [...]}.",
                "Without --model, suggestions are the posts' own key phrases and entities."})
    static final class Suggest implements Callable<Integer> {
        @Spec
        private CommandSpec spec = CommandSpec.create();

        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages, directories or JSON Lines files.")
        private List<Path> inputs = new ArrayList<>();

        @Option(names = "--model", paramLabel = "MODEL", description = "A model written by 'labels train'.")
        private @Nullable Path model;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl",
                description = "The suggestions file to write.")
        private @Nullable Path output;

        @Override
        public Integer call() throws IOException {
            LabelSuggester.Builder builder = LabelSuggester.builder();
            if (model != null) {
                builder.model(LabelModel.load(model));
            }
            LabelSuggester suggester = builder.build();
            List<InputPost> posts = read(inputs);
            Path out = Objects.requireNonNull(output, "picocli enforces --output");
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (InputPost p : posts) {
                    ObjectNode line = JSON.createObjectNode();
                    line.put("id", p.id());
                    ArrayNode own = line.putArray("labels");
                    p.post().labels().forEach(own::add);
                    ArrayNode s = line.putArray("suggestedLabels");
                    for (LabelSuggestion x : suggester.suggest(p.post())) {
                        ObjectNode o = s.addObject();
                        o.put("label", x.label());
                        o.put("score", Math.round(x.score() * 10000) / 10000.0);
                        o.put("source", x.source().name().toLowerCase(Locale.ROOT));
                        ArrayNode ev = o.putArray("evidence");
                        x.evidence().forEach(ev::add);
                        o.put("recommended", x.recommended());
                    }
                    w.write(JSON.writeValueAsString(line));
                    w.newLine();
                }
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "posts %d: %s%n", posts.size(), out);
            spec.commandLine().getErr().flush();
            return posts.isEmpty() ? GleanerCli.EXIT_FAILED : GleanerCli.EXIT_OK;
        }
    }
}
