package dev.gleaner.extractors.content;

import dev.gleaner.extractors.rules.RuleFile;
import java.util.List;
import java.util.Set;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The rules of the generic content extractor, loaded once from the {@code .rules} resources of this package and
 * validated on load (a bad selector or a missing threshold fails with the file and line). Immutable and thread-safe.
 */
final class ContentRules {

    private static final String HINTS = "hints.rules";
    private static final String STRUCTURE = "structure.rules";
    private static final String BOILERPLATE = "boilerplate.rules";
    private static final String THRESHOLDS = "thresholds.rules";

    final ClassHints hints;
    /** Selectors that name the article body, most specific first. */
    final List<NamedSelector> bodySelectors;
    /** Landmarks that bound the article, most specific first. */
    final List<NamedSelector> scopeSelectors;
    /** Metadata printed inside the body. */
    final List<NamedSelector> metadataInBody;
    /** Elements that never hold content. */
    final List<NamedSelector> neverContent;
    /** Landmarks that are chrome unless they hold most of the text. */
    final List<NamedSelector> chrome;
    final Set<String> boilerplateWhole;
    final List<String> boilerplateStarts;
    final List<String> boilerplateContains;

    // [cleaning]
    final double maxRemovedShare;
    final double maxStepLoss;
    final int minRemainingProseChars;
    // [scoring]
    final int minParagraphChars;
    final int charsPerPoint;
    final int maxLengthPoints;
    final double hintWeight;
    final double siblingShare;
    final double minSiblingScore;
    final int siblingParagraphChars;
    final double siblingMaxLinkDensity;
    final double parentShare;
    // [pruning]
    final double maxLinkDensity;
    final double maxListLinkDensity;
    final double maxParagraphLinkDensity;
    final double maxTeaserShare;
    final int maxBoilerplateBlockChars;
    final int maxBylineChars;
    // [cascade]
    final int minStructuredWords;
    final int minScoredWords;
    final double maxScoredGain;
    final int minBaselineParagraphChars;
    // [listing]
    final int minTeasers;
    final double minTeaserShare;

    /** A validated CSS selector with its source text, for diagnostics. */
    record NamedSelector(String css, Evaluator evaluator) {
    }

    /**
     * Loads every rule file of the package.
     *
     * @throws IllegalStateException naming the file and line of the first invalid rule
     */
    ContentRules() {
        RuleFile hintFile = RuleFile.load(ContentRules.class, HINTS);
        hints = new ClassHints(hintFile.lowerWords("negative-tokens"), hintFile.lowerWords("negative-prefixes"),
                hintFile.lowerWords("positive-tokens"), hintFile.lowerWords("positive-prefixes"));

        RuleFile structure = RuleFile.load(ContentRules.class, STRUCTURE);
        bodySelectors = selectors(structure, "body");
        scopeSelectors = selectors(structure, "scope");
        neverContent = selectors(structure, "never-content");
        metadataInBody = selectors(structure, "metadata-in-body");
        chrome = selectors(structure, "chrome");

        RuleFile boiler = RuleFile.load(ContentRules.class, BOILERPLATE);
        boilerplateWhole = Set.copyOf(boiler.lowerWords("whole"));
        boilerplateStarts = boiler.lowerWords("starts");
        boilerplateContains = boiler.lowerWords("contains");

        RuleFile t = RuleFile.load(ContentRules.class, THRESHOLDS);
        maxRemovedShare = share(t, "cleaning", "max-removed-share");
        maxStepLoss = share(t, "cleaning", "max-step-loss");
        minRemainingProseChars = count(t, "cleaning", "min-remaining-prose-chars");
        minParagraphChars = count(t, "scoring", "min-paragraph-chars");
        charsPerPoint = Math.max(1, count(t, "scoring", "chars-per-point"));
        maxLengthPoints = count(t, "scoring", "max-length-points");
        hintWeight = t.number("scoring", "hint-weight");
        siblingShare = share(t, "scoring", "sibling-share");
        minSiblingScore = t.number("scoring", "min-sibling-score");
        siblingParagraphChars = count(t, "scoring", "sibling-paragraph-chars");
        siblingMaxLinkDensity = share(t, "scoring", "sibling-max-link-density");
        parentShare = share(t, "scoring", "parent-share");
        maxLinkDensity = share(t, "pruning", "max-link-density");
        maxListLinkDensity = share(t, "pruning", "max-list-link-density");
        maxParagraphLinkDensity = share(t, "pruning", "max-paragraph-link-density");
        maxTeaserShare = share(t, "pruning", "max-teaser-share");
        maxBoilerplateBlockChars = count(t, "pruning", "max-boilerplate-block-chars");
        maxBylineChars = count(t, "pruning", "max-byline-chars");
        minStructuredWords = count(t, "cascade", "min-structured-words");
        minScoredWords = count(t, "cascade", "min-scored-words");
        maxScoredGain = t.number("cascade", "max-scored-gain");
        minBaselineParagraphChars = count(t, "cascade", "min-baseline-paragraph-chars");
        minTeasers = count(t, "listing", "min-teasers");
        minTeaserShare = share(t, "listing", "min-teaser-share");
    }

    private static List<NamedSelector> selectors(RuleFile file, String section) {
        return file.entries(section).stream().map(entry -> {
            try {
                return new NamedSelector(entry.value(), QueryParser.parse(entry.value()));
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw new IllegalStateException(file.where(entry) + ": bad selector '" + entry.value() + "' in ["
                        + section + "]: " + e.getMessage(), e);
            }
        }).toList();
    }

    private static double share(RuleFile file, String section, String key) {
        double value = file.number(section, key);
        if (value < 0 || value > 1) {
            throw new IllegalStateException(file.name() + ": [" + section + "] " + key + " must lie in 0..1, was "
                    + value);
        }
        return value;
    }

    private static int count(RuleFile file, String section, String key) {
        double value = file.number(section, key);
        if (value < 0 || value != Math.rint(value)) {
            throw new IllegalStateException(file.name() + ": [" + section + "] " + key
                    + " must be a whole number >= 0, was " + value);
        }
        return (int) value;
    }
}
