package dev.gleaner.batch.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/** The pages of a zip archive, streamed in entry order ({@code archive.zip!/dir/page.html}). */
final class ZipPages extends ContainerReader {
    static final String ENTRY_SEPARATOR = "!/";

    private final Path file;
    private final InputOptions options;
    private @Nullable ZipInputStream zip;
    private @Nullable ExpansionGuard guard;
    private String lastEntry = "";

    ZipPages(Path file, InputOptions options) {
        super(file.toString());
        this.file = file;
        this.options = options;
    }

    @Override
    void open() throws IOException {
        ExpansionGuard guard = new ExpansionGuard(name(), options);
        this.guard = guard;
        zip = new ZipInputStream(new BufferedInputStream(guard.countCompressed(Files.newInputStream(file)))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len); // entries skipped by getNextEntry are read through here too
                if (n > 0) {
                    guard.expanded(n);
                }
                return n;
            }
        };
    }

    @Override
    @Nullable PageInput read() throws IOException {
        ZipInputStream in = zip;
        if (in == null) {
            return null;
        }
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            String entryName = entry.getName();
            lastEntry = entryName;
            if (entry.isDirectory() || !ArchiveEntries.isPage(entryName, options)) {
                skip();
                continue;
            }
            return ArchiveEntries.page(name() + ENTRY_SEPARATOR + entryName, entryName, in, entry.getSize(),
                    options, guard);
        }
        return null;
    }

    @Override
    String position() {
        return name() + ENTRY_SEPARATOR + lastEntry;
    }

    @Override
    public void close() throws IOException {
        InputStream in = zip;
        zip = null;
        if (in != null) {
            in.close();
        }
    }

    /** Shared by the archive readers: which entries are pages, and how one is read. */
    static final class ArchiveEntries {
        private ArchiveEntries() {
        }

        static boolean isPage(String entryName, InputOptions options) {
            return InputKind.of(entryName) == InputKind.PAGE && options.filter().accepts(entryName);
        }

        /**
         * Reads one entry. An entry's name is only ever part of the page's source text: Gleaner writes no entry
         * anywhere, so names with {@code ../} or absolute paths are harmless.
         */
        static PageInput page(String source, String entryName, InputStream in, long declaredSize,
                              InputOptions options, @Nullable ExpansionGuard guard) throws IOException {
            PageContent content;
            if (InputKind.isGzip(entryName)) {
                InputStream gunzip = new GZIPInputStream(new NonClosing(in));
                content = BoundedRead.read(guard == null ? gunzip : guard.countExpanded(gunzip),
                        options.maxPageBytes(), -1);
            } else {
                content = BoundedRead.read(in, options.maxPageBytes(), declaredSize);
            }
            return new PageInput(source, java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), content);
        }
    }

    /** Lets a decompressor read an entry without closing the archive under it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive stays open for the next entry
        }
    }
}
