package dev.gleaner.batch.input;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

/**
 * Include and exclude globs ({@link java.nio.file.FileSystem#getPathMatcher glob syntax}) for files found under a
 * directory and entries found in an archive. A glob without {@code /} matches the file name ({@code *.html}); a glob
 * with {@code /} matches the path relative to the directory walked or the archive's root
 * ({@code 2024/**}{@code /*.html}). A file is taken when it matches an include glob and no exclude glob. Files named
 * as inputs are always taken. Immutable; globs are checked when the filter is built.
 */
public final class PathFilter {

    /** The pages and page containers a directory walk takes by default. */
    public static final List<String> DEFAULT_INCLUDES = List.of("*.html", "*.htm", "*.xhtml", "*.html.gz",
            "*.htm.gz", "*.warc", "*.warc.gz", "*.zip", "*.tar", "*.tar.gz", "*.tgz", "*.jsonl", "*.jsonl.gz");

    private static final char SEPARATOR = '/';
    private static final String GLOB = "glob:";

    private final List<String> includes;
    private final List<String> excludes;
    private final List<Matcher> includeMatchers;
    private final List<Matcher> excludeMatchers;

    private PathFilter(List<String> includes, List<String> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.includeMatchers = compile(this.includes);
        this.excludeMatchers = compile(this.excludes);
    }

    /**
     * A filter; an empty include list means {@link #DEFAULT_INCLUDES}.
     *
     * @throws IllegalArgumentException when a glob is malformed (the message names it)
     */
    public static PathFilter of(List<String> includes, List<String> excludes) {
        Objects.requireNonNull(includes, "includes must not be null");
        Objects.requireNonNull(excludes, "excludes must not be null");
        return new PathFilter(includes.isEmpty() ? DEFAULT_INCLUDES : includes, excludes);
    }

    /** The default filter: {@link #DEFAULT_INCLUDES}, no exclusion. */
    public static PathFilter defaults() {
        return of(List.of(), List.of());
    }

    /** The include globs. */
    public List<String> includes() {
        return includes;
    }

    /** The exclude globs. */
    public List<String> excludes() {
        return excludes;
    }

    /** Whether the file at {@code relativePath} ({@code /}-separated, relative to the walk's root) is taken. */
    public boolean accepts(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath must not be null");
        Path path;
        Path name;
        try {
            path = Path.of(relativePath);
            name = path.getFileName();
        } catch (InvalidPathException e) {
            return false;
        }
        if (name == null) {
            return false;
        }
        return anyMatch(includeMatchers, path, name) && !anyMatch(excludeMatchers, path, name);
    }

    private static boolean anyMatch(List<Matcher> matchers, Path path, Path name) {
        for (Matcher matcher : matchers) {
            if (matcher.matcher().matches(matcher.wholePath() ? path : name)) {
                return true;
            }
        }
        return false;
    }

    private static List<Matcher> compile(List<String> globs) {
        List<Matcher> matchers = new ArrayList<>(globs.size());
        for (String glob : globs) {
            Objects.requireNonNull(glob, "a glob must not be null");
            if (glob.isBlank()) {
                throw new IllegalArgumentException("a glob must not be blank");
            }
            try {
                matchers.add(new Matcher(FileSystems.getDefault().getPathMatcher(GLOB + glob),
                        glob.indexOf(SEPARATOR) >= 0));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("malformed glob '" + glob + "': " + e.getDescription(), e);
            }
        }
        return List.copyOf(matchers);
    }

    private record Matcher(PathMatcher matcher, boolean wholePath) {
    }
}
