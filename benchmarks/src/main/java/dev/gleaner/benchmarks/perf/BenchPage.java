package dev.gleaner.benchmarks.perf;

import java.nio.charset.StandardCharsets;

/**
 * One benchmark page: its name, the URL it was fetched from, its raw bytes and its decoded text.
 *
 * @param name  the file name (for tables and the heap probe)
 * @param url   the page URL (resolves relative links; {@code ""} when unknown)
 * @param bytes the page as stored
 * @param html  the page decoded with Gleaner's charset detection, the text every benchmark starts from
 */
public record BenchPage(String name, String url, byte[] bytes, String html) {

    /** The size of the page in UTF-8 bytes of its text (what the MB/s figures count). */
    public int utf8Length() {
        return html.getBytes(StandardCharsets.UTF_8).length;
    }
}
