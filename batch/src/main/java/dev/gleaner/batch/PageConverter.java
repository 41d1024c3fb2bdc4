package dev.gleaner.batch;

import dev.gleaner.Gleaner;
import dev.gleaner.RawPage;
import dev.gleaner.batch.input.PageContent;
import dev.gleaner.batch.input.PageInput;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.PageStatus;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Converts one {@link PageInput} into a {@link PageOutcome}, and never throws: whatever happens to the page (an
 * unreadable file, binary content, an exception, a stack overflow, running out of memory) becomes that page's
 * error, so one bad page cannot stop a batch. Immutable and thread-safe (the {@link Gleaner} always is).
 */
public final class PageConverter {
    private static final String DETAIL_SEPARATOR = "; ";

    private final Gleaner gleaner;
    private final long maxPageBytes;

    /**
     * @param gleaner      the pipeline
     * @param maxPageBytes largest page read, in bytes; larger page files are reported unread
     */
    public PageConverter(Gleaner gleaner, long maxPageBytes) {
        this.gleaner = Objects.requireNonNull(gleaner, "gleaner must not be null");
        if (maxPageBytes < 1) {
            throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
        }
        this.maxPageBytes = maxPageBytes;
    }

    /** The outcome of {@code page}; each post's {@code source} is the page's source. */
    public PageOutcome convert(PageInput page) {
        Objects.requireNonNull(page, "page must not be null");
        String source = page.source();
        try {
            return convertOrThrow(page);
        } catch (IOException e) {
            return PageOutcome.failed(source, FailureReason.UNREADABLE, describe(e));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return PageOutcome.failed(source, FailureReason.EXTRACTION_FAILED, e.toString());
        } catch (Error e) {
            if (e instanceof VirtualMachineError) {
                throw e; // a broken JVM (InternalError, UnknownError) cannot be recovered from per page
            }
            return PageOutcome.failed(source, FailureReason.EXTRACTION_FAILED, e.toString());
        }
    }

    private PageOutcome convertOrThrow(PageInput page) throws IOException {
        String source = page.source();
        PageContent content = page.content();
        byte[] bytes;
        if (content instanceof PageContent.Unreadable unreadable) {
            return PageOutcome.failed(source, FailureReason.UNREADABLE, unreadable.detail());
        } else if (content instanceof PageContent.TooLarge tooLarge) {
            return PageOutcome.failed(source, FailureReason.TOO_LARGE, tooLarge.detail());
        } else if (content instanceof PageContent.InMemory inMemory) {
            bytes = inMemory.bytes();
        } else {
            PageContent.InFile file = (PageContent.InFile) content;
            if (!Files.isRegularFile(file.path())) {
                return PageOutcome.failed(source, FailureReason.UNREADABLE, "not a regular file");
            }
            long size = Files.size(file.path());
            if (!file.gzip() && size > maxPageBytes) {
                return tooLarge(source, size + " bytes");
            }
            bytes = read(file);
            if (bytes.length > maxPageBytes) {
                return tooLarge(source, "more than " + maxPageBytes + " bytes uncompressed");
            }
        }
        Optional<String> notHtml = ContentSniffer.whyNotHtml(bytes);
        if (notHtml.isPresent()) {
            return PageOutcome.failed(source, FailureReason.NOT_HTML, notHtml.get());
        }
        PageResult result;
        if (content instanceof PageContent.InFile file && page.url().isEmpty()) {
            // the file API finds the page's own URL (canonical, og:url) when none is given
            result = gleaner.ingest(file.path());
        } else {
            // archive entries and crawl records: the record's URL (else the page's own), charset and crawl time
            RawPage raw = RawPage.of(source, bytes);
            raw = page.url().map(raw::withUrl).orElse(raw);
            raw = page.contentType().map(raw::withContentType).orElse(raw);
            raw = page.crawled().map(raw::withCrawled).orElse(raw);
            result = gleaner.ingest(raw);
        }
        if (result.posts().isEmpty()) {
            return explainEmpty(source, result);
        }
        List<Post> posts = new ArrayList<>(result.posts().size());
        for (Post post : result.posts()) {
            PageKind kind = post.pageKind() == PageKind.UNKNOWN ? result.kind() : post.pageKind();
            posts.add(post.toBuilder().source(source).pageKind(kind).build());
        }
        return PageOutcome.converted(source, posts);
    }

    private byte[] read(PageContent.InFile file) throws IOException {
        try (InputStream raw = Files.newInputStream(file.path());
             InputStream in = file.gzip() ? new GZIPInputStream(raw) : raw) {
            return in.readNBytes((int) Math.min(maxPageBytes + 1, Integer.MAX_VALUE - 16L));
        }
    }

    private PageOutcome tooLarge(String source, String size) {
        return PageOutcome.failed(source, FailureReason.TOO_LARGE, String.format(Locale.ROOT,
                "%s, limit %d bytes", size, maxPageBytes));
    }

    /** The error for a page without posts: the pipeline's status, detailed by its diagnostics. */
    static PageOutcome explainEmpty(String source, PageResult result) {
        List<Diagnostic> notes = result.diagnostics().stream()
                .filter(d -> d.kind() == Diagnostic.Kind.MISSING || d.kind() == Diagnostic.Kind.WARNING)
                .collect(Collectors.toList());
        String detail = notes.isEmpty() ? "no post found (page kind " + result.kind() + ")"
                : notes.stream().map(Diagnostic::toString).collect(Collectors.joining(DETAIL_SEPARATOR));
        return PageOutcome.failed(source, reasonFor(result.status()), detail);
    }

    private static FailureReason reasonFor(PageStatus status) {
        switch (status) {
            case TOO_LARGE:
                return FailureReason.TOO_LARGE;
            case EXTRACTION_FAILED:
                return FailureReason.EXTRACTION_FAILED;
            default:
                return FailureReason.NO_POST;
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
