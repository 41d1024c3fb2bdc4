package dev.gleaner.samples.entities;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.Gleaner;
import dev.gleaner.extractors.entities.EntityEnricher;
import dev.gleaner.extractors.entities.EntityRecognizer;
import dev.gleaner.extractors.entities.EntitySpan;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.Entity;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gleaner entities}: prints named entities.
 *
 * <ul>
 *   <li>{@code gleaner entities FILE...}: for an HTML page ({@code .html}, {@code .htm}, {@code .html.gz}), one JSON
 *       line per post ({@code source}, {@code url}, {@code title}, {@code entities}); for any other file, its text as
 *       one post ({@code source}, {@code entities}).</li>
 *   <li>{@code gleaner entities --tokenized FILE}: one sentence per line, tokens separated by single spaces; one JSON
 *       line per input line, {@code {"spans": [{"start", "end", "type"}]}} with token indices (end exclusive).</li>
 * </ul>
 */
@Command(name = "entities",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the named entities (people, organisations, places, money, percentages, dates) of pages or "
                    + "plain-text files, one JSON line per post.",
            "With --tokenized, tags pre-tokenised text: one sentence per line, tokens separated by single spaces; "
                    + "prints one JSON line per input line with token spans {start, end (exclusive), type}."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read",
            "1:an input could not be read"
        })
public final class EntitiesCommand implements Callable<Integer> {

    private final Supplier<EntityRecognizer> recognizers;

    @Spec
    private CommandSpec spec;

    @Option(names = "--tokenized", paramLabel = "FILE",
            description = "Tag a pre-tokenised file (one sentence per line, tokens separated by single spaces).")
    private Path tokenized;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "HTML pages or plain-text files.")
    private List<Path> files = new ArrayList<>();

    /** The command on the default English recognizer. */
    public EntitiesCommand() {
        this(EntityRecognizer::english);
    }

    /** The command on recognizers from {@code recognizers} (called once per run). */
    public EntitiesCommand(Supplier<EntityRecognizer> recognizers) {
        this.recognizers = recognizers;
        this.spec = CommandSpec.create();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (tokenized == null && files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Give --tokenized FILE or one or more FILEs");
        }
        EntityRecognizer recognizer = recognizers.get();
        if (tokenized != null) {
            tagTokenized(recognizer, tokenized, out);
        }
        if (!files.isEmpty()) {
            Gleaner gleaner = Gleaner.builder().enrichers(List.of(new EntityEnricher(recognizer))).build();
            ObjectWriter writer = GleanerJson.writer();
            for (Path file : files) {
                for (ObjectNode line : entitiesOf(gleaner, recognizer, file)) {
                    out.println(writer.writeValueAsString(line));
                }
            }
        }
        out.flush();
        return 0;
    }

    /** Tags each line of a pre-tokenised file; the same path as the evaluation in {@code benchmarks}. */
    static void tagTokenized(EntityRecognizer recognizer, Path file, PrintWriter out) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                ArrayNode spans = f.arrayNode();
                List<String> tokens = line.isBlank() ? List.of() : List.of(line.strip().split(" +"));
                if (!tokens.isEmpty()) {
                    for (EntitySpan s : recognizer.findInTokens(tokens)) {
                        spans.add(f.objectNode().put("start", s.tokenStart()).put("end", s.tokenEnd())
                                .put("type", s.type().name()));
                    }
                }
                out.println(f.objectNode().set("spans", spans).toString());
            }
        }
    }

    private static List<ObjectNode> entitiesOf(Gleaner gleaner, EntityRecognizer recognizer, Path file)
            throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<ObjectNode> out = new ArrayList<>();
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")) {
            PageResult page = gleaner.ingest(file);
            for (Post post : page.posts()) {
                ObjectNode n = f.objectNode().put("source", post.source()).put("url", post.url())
                        .put("title", post.title());
                n.set("entities", toTree(post.entities()));
                out.add(n);
            }
        } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ObjectNode n = f.objectNode().put("source", file.toString());
            n.set("entities", toTree(recognizer.entities(text, Optional.empty())));
            out.add(n);
        }
        return out;
    }

    private static ArrayNode toTree(List<Entity> entities) throws IOException {
        return (ArrayNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                GleanerJson.writer().writeValueAsString(entities));
    }
}
