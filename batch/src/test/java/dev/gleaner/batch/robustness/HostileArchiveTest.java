package dev.gleaner.batch.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gleaner.Gleaner;
import dev.gleaner.batch.BatchConverter;
import dev.gleaner.batch.BatchOutput;
import dev.gleaner.batch.BatchSummary;
import dev.gleaner.batch.ProgressListener;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageContent;
import dev.gleaner.batch.input.PageInput;
import dev.gleaner.batch.input.PageSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile archives: entry names that climb out of a directory or are absolute, and archive bombs (entries that
 * expand a thousand times, containers that expand beyond a total). Gleaner writes no archive entry anywhere (an
 * entry's name is only the text of its page's source), and a bomb stops at the configured limit as one unreadable
 * input for the container.
 */
class HostileArchiveTest {

    /** Size of a bomb entry: zeros, which deflate about 1,000 times. */
    private static final int BOMB_BYTES = 64 * 1024 * 1024;
    /** Generous bound for stopping a bomb (it stops after 16 MiB of output; seconds would mean it did not). */
    private static final Duration BOMB_DEADLINE = Duration.ofSeconds(60);
    private static final String PAGE = "<html><body><article><h1>Fine</h1><p>A fine page.</p></article></body></html>";
    private static final List<String> ESCAPING_NAMES = List.of("../escaped.html", "../../../tmp/escaped2.html",
            "/tmp/absolute.html", "..\\windows.html", "C:\\Windows\\drive.html", "a/../../up.html", "./dot.html");

    @TempDir
    Path dir;

    @Test
    void entriesWithParentOrAbsolutePathsAreReadAsPagesAndNeverWritten() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path zip = in.resolve("escape.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : ESCAPING_NAMES) {
                out.putNextEntry(new ZipEntry(name));
                out.write(PAGE.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path tar = in.resolve("escape.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (String name : ESCAPING_NAMES) {
                byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(name, true);
                entry.setSize(bytes.length);
                out.putArchiveEntry(entry);
                out.write(bytes);
                out.closeArchiveEntry();
            }
        }
        Path outDir = dir.resolve("out");
        List<Path> before = listAll(dir);

        BatchSummary summary = convert(List.of(in), BatchOutput.to(outDir.resolve("posts.jsonl")),
                InputOptions.defaults());

        assertThat(summary.pages()).isEqualTo(2L * ESCAPING_NAMES.size());
        assertThat(summary.posts()).as("every entry is read as a page").isEqualTo(2L * ESCAPING_NAMES.size());
        String posts = Files.readString(outDir.resolve("posts.jsonl"));
        for (String name : ESCAPING_NAMES) {
            assertThat(posts).contains(zip + "!/" + name.replace("\\", "\\\\"));
        }
        List<Path> created = new ArrayList<>(listAll(dir));
        created.removeAll(before);
        assertThat(created).as("files created by the run").allMatch(p -> p.startsWith(outDir));
        assertThat(Path.of("/tmp/absolute.html")).doesNotExist();
        assertThat(Path.of("/tmp/escaped2.html")).doesNotExist();
        assertThat(Path.of("..", "escaped.html")).as("beside the working directory").doesNotExist();
    }

    @Test
    void aZipBombStopsAtTheExpansionRatio() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "first.html", PAGE.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("bomb.html"));
            zeros(out, BOMB_BYTES);
            out.closeEntry();
            entry(out, "after.html", PAGE.getBytes(StandardCharsets.UTF_8));
        }

        List<PageInput> pages = walk(zip, InputOptions.defaults());

        assertThat(pages).extracting(p -> p.source().substring(zip.toString().length()))
                .containsExactly("!/first.html", "!/bomb.html", "!/bomb.html");
        assertThat(pages.get(1).content()).isInstanceOf(PageContent.TooLarge.class);
        assertThat(pages.get(2).content()).isInstanceOfSatisfying(PageContent.Unreadable.class,
                u -> assertThat(u.detail()).contains("expands more than 200 times"));
    }

    @Test
    void aBombInAnEntryThatIsNotAPageStopsToo() throws IOException {
        Path zip = dir.resolve("hidden-bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("image.png"));
            zeros(out, BOMB_BYTES);
            out.closeEntry();
            entry(out, "after.html", PAGE.getBytes(StandardCharsets.UTF_8));
        }

        List<PageInput> pages = walk(zip, InputOptions.defaults());

        assertThat(pages).singleElement().satisfies(p -> assertThat(p.content())
                .isInstanceOfSatisfying(PageContent.Unreadable.class,
                        u -> assertThat(u.detail()).contains("expands more than")));
    }

    @Test
    void aTarGzBombAndAGzipEntryBombStop() throws IOException {
        Path tgz = dir.resolve("bomb.tar.gz");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(new GZIPOutputStream(
                Files.newOutputStream(tgz)))) {
            TarArchiveEntry entry = new TarArchiveEntry("bomb.bin");
            entry.setSize(BOMB_BYTES);
            out.putArchiveEntry(entry);
            zeros(out, BOMB_BYTES);
            out.closeArchiveEntry();
        }
        assertThat(walk(tgz, InputOptions.defaults())).singleElement().satisfies(p -> assertThat(p.content())
                .isInstanceOf(PageContent.Unreadable.class));

        Path zip = dir.resolve("gz-entries.zip");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            zeros(out, 4 * 1024 * 1024);
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 20; i++) {
                entry(out, "p" + i + ".html.gz", gz.toByteArray());
            }
        }
        List<PageInput> pages = walk(zip, InputOptions.defaults());
        assertThat(pages.get(pages.size() - 1).content()).isInstanceOf(PageContent.Unreadable.class);
        assertThat(pages.size()).as("pages read before the limit").isLessThan(20);
    }

    @Test
    void aJsonLinesGzipBombStops() throws IOException {
        Path jsonl = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(jsonl))) {
            out.write("{\"url\":\"https://x.example/\",\"html\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < BOMB_BYTES / spaces.length; i++) {
                out.write(spaces);
            }
        }
        List<PageInput> pages = walk(jsonl, InputOptions.defaults());
        assertThat(pages).last().satisfies(p -> assertThat(p.content()).isInstanceOf(PageContent.Unreadable.class));
    }

    @Test
    void theTotalExpansionLimitIsConfigurable() throws IOException {
        Path zip = dir.resolve("many.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 100; i++) {
                entry(out, "p" + i + ".html", PAGE.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(walk(zip, InputOptions.defaults())).hasSize(100)
                .allMatch(p -> p.content() instanceof PageContent.InMemory);

        List<PageInput> limited = walk(zip, InputOptions.defaults().withExpansionLimits(200, 2_000));

        assertThat(limited.size()).isLessThan(100);
        assertThat(limited).last().satisfies(p -> assertThat(p.content())
                .isInstanceOfSatisfying(PageContent.Unreadable.class,
                        u -> assertThat(u.detail()).contains("maxExpandedBytes")));
    }

    // ---- helpers ----

    private static List<PageInput> walk(Path file, InputOptions options) {
        return assertTimeoutPreemptively(BOMB_DEADLINE, () -> {
            List<PageInput> pages = new ArrayList<>();
            try (PageSource source = PageSource.of(List.of(file), options, w -> { })) {
                source.forEachRemaining(pages::add);
            }
            return pages;
        });
    }

    private static BatchSummary convert(List<Path> inputs, BatchOutput output, InputOptions options)
            throws IOException {
        BatchConverter converter = BatchConverter.builder(Gleaner.create()).threads(2).build();
        try (PageSource pages = PageSource.of(inputs, options, w -> { })) {
            return converter.run(pages, output, "hostile", ProgressListener.NONE);
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void zeros(OutputStream out, int count) throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        for (int written = 0; written < count; written += zeros.length) {
            out.write(zeros, 0, Math.min(zeros.length, count - written));
        }
    }

    private static List<Path> listAll(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !Files.isDirectory(p)).toList();
        }
    }
}
