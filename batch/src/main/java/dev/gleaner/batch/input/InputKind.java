package dev.gleaner.batch.input;

import java.util.List;
import java.util.Locale;

/** What a file holds, decided by its name (case-insensitive), the way the command line decides it. */
public enum InputKind {
    /** A WARC file, optionally gzip-compressed per record: {@code .warc}, {@code .warc.gz}. */
    WARC(".warc", ".warc.gz"),
    /** A zip archive of pages: {@code .zip}. */
    ZIP(".zip"),
    /** A tar archive of pages, optionally gzip-compressed: {@code .tar}, {@code .tar.gz}, {@code .tgz}. */
    TAR(".tar", ".tar.gz", ".tgz"),
    /** JSON Lines of {@code {"url", "html"}}, optionally gzip-compressed: {@code .jsonl}, {@code .ndjson}. */
    JSON_LINES(".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"),
    /** Anything else: one page ({@code .gz} files are decompressed). */
    PAGE();

    private static final String GZIP_SUFFIX = ".gz";
    private static final String TGZ_SUFFIX = ".tgz";

    private final List<String> suffixes;

    InputKind(String... suffixes) {
        this.suffixes = List.of(suffixes);
    }

    /** The kind of the file named {@code fileName}. */
    public static InputKind of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (InputKind kind : values()) {
            for (String suffix : kind.suffixes) {
                if (lower.endsWith(suffix)) {
                    return kind;
                }
            }
        }
        return PAGE;
    }

    /** True for kinds that hold many pages. */
    public boolean isContainer() {
        return this != PAGE;
    }

    /** True when a file of this kind named {@code fileName} is gzip-compressed as a whole. */
    public static boolean isGzip(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(GZIP_SUFFIX) || lower.endsWith(TGZ_SUFFIX);
    }
}
