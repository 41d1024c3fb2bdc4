package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.rules.RuleFile;
import dev.gleaner.model.EntityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds money ("$4 million", "USD 1,200", "20 euros") and percentages ("12.5%", "3 percent") written with digits,
 * from the symbols and words in {@code amounts.rules}. Money is normalised to a plain amount and an ISO 4217 code
 * ({@code "168000000 USD"}), percentages to a number and {@code %}. Immutable and thread-safe.
 */
public final class AmountFinder implements MentionFinder {

    /** Rule matches are exact patterns; this is how sure they are, calibrated by reading matches on news text. */
    static final double RULE_CONFIDENCE = 0.95;
    private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, BigDecimal> scales = new HashMap<>();
    private final Pattern symbolFirst;
    private final Pattern codeFirst;
    private final Pattern wordAfter;
    private final Pattern percent;

    /** Loads {@code amounts.rules}; a malformed line fails here with its file and line. */
    public AmountFinder() {
        RuleFile rules = RuleFile.load(AmountFinder.class, "amounts.rules");
        Map<String, String> symbols = pairs(rules, "currency-symbols");
        Map<String, String> words = pairs(rules, "currency-words");
        currencies.putAll(symbols);
        currencies.putAll(words);
        rules.numbers("scales").forEach((k, v) -> scales.put(k, BigDecimal.valueOf(v)));
        String longScales = alternation(scales.keySet().stream().filter(s -> s.length() > 1).toList());
        String gluedScales = alternation(scales.keySet().stream().toList());
        String scale = "(?:(?<scale>" + gluedScales + ")(?![\\p{L}\\d])|\\s(?<scale2>" + longScales
                + ")(?![\\p{L}\\d]))?";
        symbolFirst = Pattern.compile("(?<![\\p{L}\\d])(?<cur>" + alternation(symbols.keySet()) + ")\\s?" + NUMBER
                + scale);
        List<String> codes = words.keySet().stream().filter(w -> w.matches("[A-Z]{3}")).toList();
        codeFirst = Pattern.compile("(?<![\\p{L}\\d])(?<cur>" + alternation(codes) + ")\\s?" + NUMBER + scale);
        wordAfter = Pattern.compile("(?<![\\p{L}\\d.,])" + NUMBER + scale + "\\s(?<cur>"
                + alternation(words.keySet()) + ")(?![\\p{L}\\d])");
        percent = Pattern.compile("(?<![\\p{L}\\d.,])(?<sign>[-+])?" + NUMBER + "\\s?(?<pct>"
                + alternation(rules.words("percent-words")) + ")(?![\\p{L}\\d])");
    }

    @Override
    public String name() {
        return "amount-rules";
    }

    @Override
    public List<EntitySpan> find(AnalyzedText text) {
        String s = text.text();
        List<int[]> claimed = new ArrayList<>();
        List<EntitySpan> out = new ArrayList<>();
        for (Pattern p : List.of(symbolFirst, codeFirst, wordAfter)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (overlaps(claimed, m.start(), m.end())) {
                    continue;
                }
                claimed.add(new int[] {m.start(), m.end()});
                TokenAlignment.span(text, m.start(), m.end(), EntityType.MONEY, money(m), RULE_CONFIDENCE, name())
                        .ifPresent(out::add);
            }
        }
        Matcher m = percent.matcher(s);
        while (m.find()) {
            if (!overlaps(claimed, m.start(), m.end())) {
                String sign = m.group("sign") == null ? "" : m.group("sign").replace("+", "");
                TokenAlignment.span(text, m.start(), m.end(), EntityType.PERCENT,
                        Optional.of(sign + m.group("num").replace(",", "") + "%"), RULE_CONFIDENCE, name())
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<String> money(Matcher m) {
        String code = currencies.get(m.group("cur"));
        if (code == null) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group("num").replace(",", ""));
        String scale = m.group("scale") != null ? m.group("scale") : m.group("scale2");
        if (scale != null && scales.containsKey(scale)) {
            amount = amount.multiply(scales.get(scale));
        }
        if (code.endsWith("-cents")) {
            amount = amount.movePointLeft(2);
            code = code.substring(0, code.length() - "-cents".length());
        }
        return Optional.of(amount.stripTrailingZeros().toPlainString() + " " + code);
    }

    private static boolean overlaps(List<int[]> claimed, int start, int end) {
        for (int[] c : claimed) {
            if (start < c[1] && c[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> pairs(RuleFile rules, String section) {
        Map<String, String> out = new HashMap<>();
        for (RuleFile.Entry e : rules.entries(section)) {
            int eq = e.value().lastIndexOf(" = ");
            if (eq <= 0) {
                throw new IllegalStateException(rules.where(e) + ": expected 'text = CODE'");
            }
            out.put(e.value().substring(0, eq).strip(), e.value().substring(eq + 3).strip());
        }
        return out;
    }

    /** A regex alternation of literal strings, longest first so that "US$" wins over "$". */
    static String alternation(java.util.Collection<String> literals) {
        return literals.stream().sorted(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(l -> Pattern.quote(l).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
