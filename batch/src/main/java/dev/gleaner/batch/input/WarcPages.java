package dev.gleaner.batch.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file ({@code .warc} or per-record gzip {@code .warc.gz}, as written by wget, Heritrix,
 * Browsertrix and Common Crawl), read with jwarc. A page is a {@code response} record whose HTTP status is 2xx, or
 * a {@code resource} record, whose content type is HTML (or absent: then the converter decides). Its source and URL
 * are the record's target URI, its crawl time the record's date, and the HTTP {@code Content-Type} (with its
 * charset) goes to the decoder. Other records (requests, metadata, redirects, images, scripts) are passed over and
 * counted as skipped. A record that cannot be parsed, or a file cut short, yields one unreadable input
 * ({@code file.warc.gz#offset}) and ends the file.
 */
final class WarcPages extends ContainerReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final int SUCCESS_CLASS = 2;
    private static final int STATUS_CLASS_DIVISOR = 100;
    private static final String OFFSET_SEPARATOR = "#";

    private final Path file;
    private final InputOptions options;
    private @Nullable WarcReader reader;
    private long offset;

    WarcPages(Path file, InputOptions options) {
        super(file.toString());
        this.file = file;
        this.options = options;
    }

    @Override
    void open() throws IOException {
        reader = new WarcReader(FileChannel.open(file, StandardOpenOption.READ));
    }

    @Override
    @Nullable PageInput read() throws IOException {
        WarcReader in = reader;
        if (in == null) {
            return null;
        }
        while (true) {
            offset = in.position();
            Optional<WarcRecord> next = in.next();
            if (next.isEmpty()) {
                return null;
            }
            WarcRecord record = next.get();
            PageInput page = null;
            if (record instanceof WarcResponse response) {
                page = response(response);
            } else if (record instanceof WarcResource resource) {
                page = resource(resource);
            }
            if (page != null) {
                return page;
            }
            skip();
        }
    }

    private @Nullable PageInput response(WarcResponse response) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return null; // not an HTTP response (a gemini or dns record)
        }
        HttpResponse http = response.http();
        if (http.status() / STATUS_CLASS_DIVISOR != SUCCESS_CLASS) {
            return null;
        }
        Optional<String> type = http.headers().first("Content-Type");
        if (!isHtml(type)) {
            return null;
        }
        try (InputStream body = http.bodyDecoded().stream()) {
            return page(response, type, BoundedRead.read(body, options.maxPageBytes(), -1));
        }
    }

    private @Nullable PageInput resource(WarcResource resource) throws IOException {
        Optional<String> type = resource.headers().first("Content-Type");
        if (!isHtml(type)) {
            return null;
        }
        try (InputStream body = resource.body().stream()) {
            return page(resource, type, BoundedRead.read(body, options.maxPageBytes(), -1));
        }
    }

    private PageInput page(WarcCaptureRecord record, Optional<String> contentType, PageContent content) {
        String target = record.target();
        String source = target.isBlank() ? name() + OFFSET_SEPARATOR + offset : target;
        return new PageInput(source, target.isBlank() ? Optional.empty() : Optional.of(target), contentType,
                Optional.of(record.date()), content);
    }

    private static boolean isHtml(Optional<String> contentType) {
        if (contentType.isEmpty() || contentType.get().isBlank()) {
            return true;
        }
        String base = contentType.get().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return HTML_TYPES.contains(base);
    }

    @Override
    String position() {
        return name() + OFFSET_SEPARATOR + offset;
    }

    @Override
    public void close() throws IOException {
        WarcReader in = reader;
        reader = null;
        if (in != null) {
            in.close();
        }
    }
}
