package dev.gleaner.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a small corpus of every kind of input, good and broken, written for these tests: page files, gzip pages,
 * a zip, a tar.gz, a WARC.gz, JSON Lines, and the broken ones (binary, empty, exploding, corrupt gzip, a truncated
 * tar.gz, a truncated WARC record, a malformed JSON line). {@link #PAGES} counts the inputs it holds.
 */
final class MixedCorpus {
    /** Good page files written besides the fixed cases. */
    static final int BULK_PAGES = 40;
    /**
     * Inputs: bulk pages, 7 fixed files (two-post page, gz page, binary, empty, exploding, corrupt gz, slow), zip
     * (3 pages: one good, one empty, one binary), tar.gz truncated in its third entry (2 good + 1 unreadable),
     * WARC.gz (3 responses, the last cut short: 2 good + 1 unreadable), JSON Lines (2 good, 1 malformed).
     */
    static final int PAGES = BULK_PAGES + 7 + 3 + 3 + 3 + 3;
    private static final long SEED = 7L;

    private MixedCorpus() {
    }

    static String article(String title, String body) {
        return "<article><h1>" + title + "</h1><p>" + body + "</p></article>";
    }

    static byte[] page(String body) {
        return ("<!doctype html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the corpus under {@code dir}; {@code slowMillis} is how long the slow page takes. */
    static void write(Path dir, long slowMillis) throws IOException {
        Files.createDirectories(dir.resolve("bulk"));
        for (int i = 0; i < BULK_PAGES; i++) {
            Files.write(dir.resolve(String.format(Locale.ROOT, "bulk/p%03d.html", i)),
                    page(article("Bulk " + i, "body " + i)));
        }
        Files.write(dir.resolve("two.html"), page(article("Two A", "a") + article("Two B", "b")));
        gzip(dir.resolve("zipped.html.gz"), page(article("Zipped", "gz")));
        Files.write(dir.resolve("binary.html"), binary());
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.write(dir.resolve("boom.html"), page("<explode></explode>" + article("Boom", "x")));
        Files.write(dir.resolve("corrupt.html.gz"), "not gzip at all".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("slow.html"), page("<sleep ms=\"" + slowMillis + "\"></sleep>" + article("Slow", "s")));
        Files.write(dir.resolve("ignored.txt"), page(article("Ignored", "not a page name")));
        zip(dir.resolve("pages.zip"));
        truncatedTar(dir.resolve("pages.tar.gz"));
        truncatedWarc(dir.resolve("crawl.warc.gz"));
        Files.writeString(dir.resolve("crawler.jsonl"),
                "{\"url\": \"https://j.example/1\", \"html\": \"<html><body>" + article("J1", "one") + "</body></html>\"}\n"
                        + "{\"url\": \"https://j.example/2\", broken\n"
                        + "\n"
                        + "{\"url\": \"https://j.example/3\", \"html\": \"<html><body>" + article("J3", "three")
                        + "</body></html>\"}\n", StandardCharsets.UTF_8);
    }

    private static void zip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "a/good.html", page(article("Zip good", "z")));
            entry(zip, "a/logo.png", binary()); // not a page name: passed over
            entry(zip, "a/empty.htm", new byte[0]);
            entry(zip, "b/binary.html", binary());
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void truncatedTar(Path file) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(whole))) {
            for (int i = 1; i <= 3; i++) {
                byte[] bytes = i < 3 ? page(article("Tar " + i, "t")) : binary(64 * 1024);
                TarArchiveEntry entry = new TarArchiveEntry("t/page" + i + ".html");
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        byte[] bytes = whole.toByteArray();
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 20 * 1024)); // cut inside the third entry
    }

    private static void truncatedWarc(Path file) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (WarcWriter warc = new WarcWriter(java.nio.channels.Channels.newChannel(whole), WarcCompression.GZIP)) {
            for (int i = 1; i <= 3; i++) {
                byte[] body = i < 3 ? page(article("Warc " + i, "w"))
                        : page(article("Warc 3", "w".repeat(10_000) + new String(binaryText(), StandardCharsets.ISO_8859_1)));
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), body).build();
                warc.write(new WarcResponse.Builder(URI.create("https://w.example/" + i))
                        .date(Instant.parse("2024-03-1" + i + "T10:00:00Z")).body(http).build());
            }
        }
        byte[] bytes = whole.toByteArray();
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 200)); // the last record's gzip member cut short
    }

    static void gzip(Path file, byte[] bytes) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(bytes);
        }
    }

    static byte[] binary() {
        return binary(2048);
    }

    private static byte[] binary(int length) {
        byte[] junk = new byte[length];
        new Random(SEED).nextBytes(junk);
        junk[0] = 0;
        return junk;
    }

    /** Incompressible text, so that cutting the end of a gzip member cuts the record's body. */
    private static byte[] binaryText() {
        byte[] text = new byte[4096];
        Random random = new Random(SEED);
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + random.nextInt(26));
        }
        return text;
    }
}
