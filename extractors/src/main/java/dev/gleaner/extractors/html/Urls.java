package dev.gleaner.extractors.html;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** URL helpers. Never throw on malformed input. */
public final class Urls {

    private Urls() {
    }

    /** The lower-cased host of {@code url}, without a leading {@code www.}, when it has one. */
    public static Optional<String> host(String url) {
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null || host.isEmpty()) {
                return Optional.empty();
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The path of {@code url} ({@code ""} when it has none or cannot be parsed). */
    public static String path(String url) {
        try {
            String path = URI.create(url.strip().replace(" ", "%20")).getRawPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The raw query of {@code url} ({@code ""} when none). */
    public static String query(String url) {
        try {
            String query = URI.create(url.strip().replace(" ", "%20")).getRawQuery();
            return query == null ? "" : query;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** True when {@code href} points to another host than {@code pageUrl} (unknown hosts count as internal). */
    public static boolean isExternal(String href, String pageUrl) {
        Optional<String> target = host(href);
        Optional<String> page = host(pageUrl);
        return target.isPresent() && page.isPresent() && !target.get().equals(page.get());
    }
}
