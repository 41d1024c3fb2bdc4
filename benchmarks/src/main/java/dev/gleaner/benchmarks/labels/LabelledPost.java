package dev.gleaner.benchmarks.labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * One post of a labelled-blog file ({@code posts.jsonl}: {@code id}, {@code title}, {@code date}, {@code labels},
 * {@code body} as HTML or {@code text}).
 */
record LabelledPost(String id, String title, String date, String text, List<String> labels) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<LabelledPost> read(Path file) throws IOException {
        List<LabelledPost> posts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String text = n.hasNonNull("text") ? n.get("text").asText()
                        : Jsoup.parse(n.path("body").asText(n.path("html").asText(""))).body().wholeText();
                List<String> labels = new ArrayList<>();
                n.path("labels").forEach(l -> labels.add(l.asText()));
                posts.add(new LabelledPost(n.path("id").asText(""), n.path("title").asText(""),
                        n.path("date").asText(""), text, labels));
            }
        }
        return posts;
    }
}
