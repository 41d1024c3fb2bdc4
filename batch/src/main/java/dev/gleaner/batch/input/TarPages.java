package dev.gleaner.batch.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jspecify.annotations.Nullable;

/** The pages of a tar archive ({@code .tar}, {@code .tar.gz}, {@code .tgz}), streamed in entry order. */
final class TarPages extends ContainerReader {
    private final Path file;
    private final InputOptions options;
    private @Nullable TarArchiveInputStream tar;
    private @Nullable ExpansionGuard guard;
    private String lastEntry = "";

    TarPages(Path file, InputOptions options) {
        super(file.toString());
        this.file = file;
        this.options = options;
    }

    @Override
    void open() throws IOException {
        ExpansionGuard guard = new ExpansionGuard(name(), options);
        this.guard = guard;
        InputStream in = new BufferedInputStream(guard.countCompressed(Files.newInputStream(file)));
        try {
            if (InputKind.isGzip(file.toString())) {
                in = new BufferedInputStream(guard.countExpanded(new GZIPInputStream(in)));
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        tar = new TarArchiveInputStream(in);
    }

    @Override
    @Nullable PageInput read() throws IOException {
        TarArchiveInputStream in = tar;
        if (in == null) {
            return null;
        }
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            String entryName = entry.getName();
            lastEntry = entryName;
            if (!entry.isFile() || !ZipPages.ArchiveEntries.isPage(entryName, options)) {
                skip();
                continue;
            }
            return ZipPages.ArchiveEntries.page(name() + ZipPages.ENTRY_SEPARATOR + entryName, entryName, in,
                    entry.getSize(), options, guard);
        }
        return null;
    }

    @Override
    String position() {
        return name() + ZipPages.ENTRY_SEPARATOR + lastEntry;
    }

    @Override
    public void close() throws IOException {
        InputStream in = tar;
        tar = null;
        if (in != null) {
            in.close();
        }
    }
}
