package dev.gleaner.extractors.meta;

import dev.gleaner.extractors.html.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes a site name from a page title ("Blog: Post", "Post | Blog", "Post - Blog"). When the site name is known
 * it is removed wherever it sits; otherwise the longest part around a separator is kept only when a separator is
 * present with spaces around it (or Blogger's "Blog: Post"). A title that is only the site name yields {@code ""}.
 */
public final class TitleSplitter {

    private static final List<String> SEPARATORS = List.of(": ", " | ", " - ", " – ", " — ", " :: ", " » ", " · ");

    private TitleSplitter() {
    }

    /** The post part of {@code title}, given the site name when known. */
    public static String withoutSite(String title, Optional<String> siteName) {
        String t = Texts.collapse(title);
        if (siteName.isPresent()) {
            String site = Texts.collapse(siteName.get());
            if (!site.isEmpty() && t.equalsIgnoreCase(site)) {
                return ""; // the page title is only the blog's name: the post has no title
            }
            if (!site.isEmpty()) {
                for (String sep : SEPARATORS) {
                    String stripped = sep.strip();
                    if (t.toLowerCase(Locale.ROOT).startsWith((site + sep.stripTrailing()).toLowerCase(Locale.ROOT))) {
                        return Texts.collapse(t.substring(site.length() + sep.stripTrailing().length()));
                    }
                    if (t.toLowerCase(Locale.ROOT).endsWith((sep.stripLeading() + site).toLowerCase(Locale.ROOT))
                            || t.toLowerCase(Locale.ROOT).endsWith((" " + stripped + site).toLowerCase(Locale.ROOT))) {
                        return Texts.collapse(t.substring(0, t.length() - site.length() - sep.stripLeading().length()));
                    }
                }
            }
            return t;
        }
        for (String sep : SEPARATORS) {
            int at = t.lastIndexOf(sep);
            if (at > 0 && !": ".equals(sep)) {
                return Texts.collapse(t.substring(0, at));
            }
        }
        return t;
    }
}
