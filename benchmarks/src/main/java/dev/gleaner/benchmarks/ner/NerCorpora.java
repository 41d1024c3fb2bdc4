package dev.gleaner.benchmarks.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readers for the NER corpora in {@code ../shared/data/ner} (formats in its README), each mapping the corpus's
 * types onto PERSON, ORGANIZATION and LOCATION. Types without a counterpart (MISC, dates, nationalities, products,
 * creative works, events) become no entity, so the model learns them as outside.
 */
public final class NerCorpora {

    /** GMB: per, org, geo; gpe is mostly nationality adjectives ("Iraqi"), which UNER and Gleaner do not tag. */
    static final Map<String, String> GMB_TYPES = Map.of("per", "PERSON", "org", "ORGANIZATION", "geo", "LOCATION");
    /** CoNLL-style PER/ORG/LOC (WikiGold, BTC, UNER); MISC dropped. */
    static final Map<String, String> CONLL_TYPES = Map.of("per", "PERSON", "org", "ORGANIZATION", "loc", "LOCATION");
    /** WNUT-17: corporations and groups (bands, teams, agencies) are organisations; products and works dropped. */
    static final Map<String, String> WNUT_TYPES = Map.of("person", "PERSON", "location", "LOCATION",
            "corporation", "ORGANIZATION", "group", "ORGANIZATION");

    private NerCorpora() {
    }

    /** The named corpora under {@code dataDir} ({@code gmb}, {@code wikigold}, {@code btc}, {@code wnut17}). */
    public static List<LabeledSentence> read(Path dataDir, String corpus) throws IOException {
        return switch (corpus) {
            case "gmb" -> readGmb(dataDir.resolve("gmb/ner_dataset.csv"));
            case "wikigold" -> readColumns(dataDir.resolve("wikigold/wikigold.conll.txt"), 0, 1, CONLL_TYPES,
                    StandardCharsets.UTF_8);
            case "btc" -> {
                List<LabeledSentence> all = new ArrayList<>();
                for (Path p : files(dataDir.resolve("btc"), ".conll")) {
                    all.addAll(readColumns(p, 0, 1, CONLL_TYPES, StandardCharsets.UTF_8));
                }
                yield all;
            }
            case "wnut17" -> {
                List<LabeledSentence> all = new ArrayList<>();
                for (String name : List.of("wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated")) {
                    all.addAll(readColumns(dataDir.resolve("wnut17").resolve(name), 0, 1, WNUT_TYPES,
                            StandardCharsets.UTF_8));
                }
                yield all;
            }
            default -> throw new IllegalArgumentException("unknown corpus '" + corpus
                    + "' (gmb, wikigold, btc, wnut17)");
        };
    }

    /** The input files a corpus is read from, for checksums in the training record. */
    public static List<Path> inputFiles(Path dataDir, String corpus) throws IOException {
        return switch (corpus) {
            case "gmb" -> List.of(dataDir.resolve("gmb/ner_dataset.csv"));
            case "wikigold" -> List.of(dataDir.resolve("wikigold/wikigold.conll.txt"));
            case "btc" -> files(dataDir.resolve("btc"), ".conll");
            case "wnut17" -> List.of(dataDir.resolve("wnut17/wnut17train.conll"),
                    dataDir.resolve("wnut17/emerging.dev.conll"), dataDir.resolve("wnut17/emerging.test.annotated"));
            default -> throw new IllegalArgumentException("unknown corpus '" + corpus + "'");
        };
    }

    /** UNER (IOB2 with {@code #} comments; columns index, token, tag). Evaluation only. */
    public static List<LabeledSentence> readUner(Path file) throws IOException {
        return readColumns(file, 1, 2, CONLL_TYPES, StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Whitespace-separated columns, blank line between sentences, {@code #} comment lines; IOB1 or IOB2. */
    static List<LabeledSentence> readColumns(Path file, int tokenColumn, int tagColumn, Map<String, String> types,
                                             Charset charset) throws IOException {
        List<LabeledSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, charset)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("# ") && line.contains(" = ")) { // UNER sentence metadata
                    continue;
                }
                String[] cols = line.trim().split("\\s+");
                if (line.isBlank() || cols.length <= Math.max(tokenColumn, tagColumn)) {
                    flush(tokens, tags, types, out);
                    continue;
                }
                tokens.add(cols[tokenColumn]);
                tags.add(cols[tagColumn]);
            }
        }
        flush(tokens, tags, types, out);
        return out;
    }

    static List<LabeledSentence> readGmb(Path file) throws IOException {
        List<LabeledSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> cols = csv(line);
                if (cols.size() < 4) {
                    continue;
                }
                if (!cols.get(0).isEmpty()) {
                    flush(tokens, tags, GMB_TYPES, out);
                }
                tokens.add(cols.get(1));
                tags.add(cols.get(3));
            }
        }
        flush(tokens, tags, GMB_TYPES, out);
        return out;
    }

    private static List<String> csv(String line) {
        List<String> cols = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cols.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cols.add(cur.toString());
        return cols;
    }

    private static void flush(List<String> tokens, List<String> tags, Map<String, String> types,
                              List<LabeledSentence> out) {
        if (tokens.isEmpty()) {
            return;
        }
        List<LabeledSentence.GoldSpan> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String raw = prefix.equals("O") ? null : tag.substring(2).toLowerCase(Locale.ROOT);
            String mapped = raw == null ? null : types.get(raw);
            boolean continues = prefix.equals("I") && mapped != null && mapped.equals(type);
            if (!continues && type != null) {
                spans.add(new LabeledSentence.GoldSpan(start, i, type));
                type = null;
            }
            if (mapped != null && !continues) {
                start = i;
                type = mapped;
            }
        }
        out.add(new LabeledSentence(tokens, spans));
        tokens.clear();
        tags.clear();
    }
}
