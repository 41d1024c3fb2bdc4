package dev.gleaner.extractors.language;

import dev.gleaner.extractors.rules.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text with Apache OpenNLP's language-detector model (103 languages; the jar
 * {@code org.apache.opennlp:opennlp-models-langdetect:1.3.0}, Apache-2.0, from Maven Central), and answers a BCP-47
 * tag ({@code en}, {@code de}, {@code zh}). The model is loaded once per JVM, on first use, and shared read-only;
 * each call makes its own light {@link LanguageDetectorME}, so an identifier is immutable and thread-safe.
 *
 * <p>Short texts and unsure answers yield nothing rather than a guess: see {@link #MIN_CHARS} and
 * {@link #MIN_CONFIDENCE}, {@link #MIN_MARGIN}.
 */
public final class LanguageIdentifier {

    /**
     * Fewer letters than this are not identified (a caption, a title): below about 40 characters the model confuses
     * close languages (checked on the snippets of LanguageIdentifierTest and the bylines of the Blogger dev pages).
     */
    public static final int MIN_CHARS = 40;
    /**
     * The best language must have at least this confidence (the model's score, normalised over its 103
     * languages): one-sentence texts of the tested languages score 0.2-0.4, numbers and gibberish under 0.02
     * (measured on the snippets of LanguageIdentifierTest).
     */
    public static final double MIN_CONFIDENCE = 0.1;
    /**
     * The best language must score at least this many times the runner-up: tested sentences give 5-7 times,
     * two-word greetings and gibberish under 2 (same measurements).
     */
    public static final double MIN_MARGIN = 3.0;
    /** Only this many leading characters are read: enough for a sure answer, bounded time on long posts. */
    public static final int MAX_CHARS = 4_000;

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    private static final String CODES_RESOURCE = "/dev/gleaner/extractors/language/iso639-3.rules";

    private final Map<String, String> macrolanguages;

    /**
     * Reads the code mappings (the model itself loads on first use).
     *
     * @throws IllegalStateException when the mapping file is missing or malformed
     */
    public LanguageIdentifier() {
        RuleFile rules = RuleFile.load(LanguageIdentifier.class, CODES_RESOURCE);
        Map<String, String> codes = new HashMap<>();
        for (RuleFile.Entry entry : rules.entries("macrolanguages")) {
            String[] parts = entry.value().split("=");
            if (parts.length != 2 || !parts[0].strip().matches("[a-z]{3}") || !parts[1].strip().matches("[a-z]{2}")) {
                throw new IllegalStateException(rules.where(entry) + ": expected 'iso639-3 = iso639-1'");
            }
            codes.put(parts[0].strip(), parts[1].strip());
        }
        this.macrolanguages = Map.copyOf(codes);
    }

    /** The language of {@code text} as a BCP-47 tag, when the text is long enough and the model is sure. */
    public Optional<String> identify(String text) {
        Objects.requireNonNull(text, "text");
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_CHARS) {
            return Optional.empty();
        }
        Language[] ranked = new LanguageDetectorME(ModelHolder.MODEL).predictLanguages(sample);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        Language best = ranked[0];
        double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (best.getConfidence() < MIN_CONFIDENCE || best.getConfidence() < MIN_MARGIN * runnerUp) {
            return Optional.empty();
        }
        return Optional.of(toBcp47(best.getLang()));
    }

    /** A BCP-47 tag for an ISO 639-3 code: the macrolanguage mapping, else Locale's two-letter code, else itself. */
    String toBcp47(String iso3) {
        String code = iso3.toLowerCase(Locale.ROOT);
        String mapped = macrolanguages.get(code);
        if (mapped != null) {
            return mapped;
        }
        return Iso3.TWO_LETTER.getOrDefault(code, code);
    }

    /** ISO 639-2/T three-letter codes to two-letter codes, from the JDK's own tables. */
    private static final class Iso3 {
        static final Map<String, String> TWO_LETTER = build();

        private static Map<String, String> build() {
            Map<String, String> map = new HashMap<>();
            for (String two : Locale.getISOLanguages()) {
                try {
                    map.put(Locale.forLanguageTag(two).getISO3Language(), two);
                } catch (java.util.MissingResourceException e) {
                    // a language without a three-letter code: nothing to map
                }
            }
            return Map.copyOf(map);
        }
    }

    /** The model, loaded once on first use (class-holder idiom) and never changed. */
    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(MODEL_RESOURCE + " not on the classpath: add "
                            + "org.apache.opennlp:opennlp-models-langdetect");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
            }
        }
    }
}
