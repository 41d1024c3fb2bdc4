package dev.gleaner.extractors.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes the site name from a title: the known site name wherever a separator joins it ("Post | Site",
 * "Site - Post"), else the shorter side of the last spaced separator when it is short enough to be a site name
 * ({@link #MAX_SITE_SHARE} of the title) and the page does not show the whole title as a heading. A title that is
 * only the site name is no title of the article ({@code ""}). Stateless.
 */
final class TitleCleaner {

    /** Separators between a title and a site name, spaced so hyphenated words are never cut. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ",
            " / ");
    /** An unnamed trailing part is a site name only when it is at most this share of the whole title. */
    private static final double MAX_SITE_SHARE = 0.4;

    private TitleCleaner() {
    }

    /** The title without the site name. */
    static String clean(String raw, Optional<String> siteName) {
        return clean(raw, siteName, false);
    }

    /**
     * The title without the site name.
     *
     * @param shownWhole true when the page shows the whole raw title as a heading: no unnamed suffix is cut
     */
    static String clean(String raw, Optional<String> siteName, boolean shownWhole) {
        String title = raw.strip().replaceAll("\\s+", " ");
        if (siteName.isPresent() && !siteName.get().isBlank()) {
            String site = siteName.get().strip().toLowerCase(Locale.ROOT);
            String lower = title.toLowerCase(Locale.ROOT);
            for (String sep : SEPARATORS) {
                if (lower.endsWith(sep + site)) {
                    return title.substring(0, title.length() - sep.length() - site.length()).strip();
                }
                if (lower.startsWith(site + sep)) {
                    return title.substring(site.length() + sep.length()).strip();
                }
            }
            if (lower.equals(site)) {
                return "";
            }
        }
        if (shownWhole) {
            return title;
        }
        for (String sep : SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at > 0 && title.length() - at - sep.length() <= MAX_SITE_SHARE * title.length()) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }
}
