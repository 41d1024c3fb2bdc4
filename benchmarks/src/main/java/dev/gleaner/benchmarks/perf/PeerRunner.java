package dev.gleaner.benchmarks.perf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.io.HtmlDecoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A peer's own minimal runner for the whole-process comparison: every {@code .html} file of a directory (sorted),
 * decoded with the same charset detection Gleaner uses, extracted on one thread, one JSON line
 * ({@code {"source", "text"}}) per page written to the output.
 *
 * <pre>
 * java -cp ... dev.gleaner.benchmarks.perf.PeerRunner jsoup|boilerpipe|readability4j DIR OUT.jsonl
 * </pre>
 *
 * {@code jsoup} is the floor: parse and the document's text, no extraction.
 */
public final class PeerRunner {
    private static final int EXIT_USAGE = 2;

    private PeerRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !List.of("jsoup", "boilerpipe", "readability4j").contains(args[0])) {
            System.err.println("usage: PeerRunner jsoup|boilerpipe|readability4j DIR OUT.jsonl");
            System.exit(EXIT_USAGE);
        }
        String tool = args[0];
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        int empty = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (Path file : files) {
                String html = HtmlDecoder.decode(Files.readAllBytes(file), Optional.empty()).html();
                String url = file.toUri().toString();
                String text = switch (tool) {
                    case "jsoup" -> org.jsoup.Jsoup.parse(html, url).text();
                    case "boilerpipe" -> Peers.boilerpipe(html);
                    default -> Peers.readability4j(html, url);
                };
                if (text.isBlank()) {
                    empty++;
                }
                StringWriter line = new StringWriter();
                try (JsonGenerator g = json.createGenerator(line)) {
                    g.writeStartObject();
                    g.writeStringField("source", file.toString());
                    g.writeStringField("text", text);
                    g.writeEndObject();
                }
                out.write(line.toString());
                out.write('\n');
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d pages, %d without text, %.1f s%n", tool, files.size(), empty,
                (System.nanoTime() - start) / 1e9);
    }
}
