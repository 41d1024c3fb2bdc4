package dev.gleaner.samples.convert;

import dev.gleaner.Gleaner;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.PageStatus;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Converts one saved page into a {@link PageOutcome}, and never throws: whatever happens to the page (an
 * unreadable file, an exception, a stack overflow, running out of memory) is recorded as that page's error, so one
 * bad page cannot stop a batch. Thread-safe when the {@link Gleaner} is (it always is).
 */
public final class PageConverter {

    /**
     * Most bytes one character takes in the encodings pages come in (UTF-8 needs at most 4 bytes per character,
     * UTF-16 and single-byte charsets fewer): a file larger than this many bytes per allowed character is too
     * large in any encoding, and is rejected before it is read.
     */
    static final int MAX_BYTES_PER_CHAR = 4;


    private static final String DETAIL_SEPARATOR = "; ";
    private static final String GZIP_SUFFIX = ".gz";

    private final Gleaner gleaner;
    private final int maxPageChars;

    /**
     * @param gleaner      the pipeline
     * @param maxPageChars the pipeline's page size limit, in characters, used to reject huge files unread
     */
    public PageConverter(Gleaner gleaner, int maxPageChars) {
        this.gleaner = Objects.requireNonNull(gleaner, "gleaner must not be null");
        if (maxPageChars <= 0) {
            throw new IllegalArgumentException("maxPageChars must be positive, was " + maxPageChars);
        }
        this.maxPageChars = maxPageChars;
    }

    /** Converts the page at {@code file}; each post's {@code source} is the path as given. */
    public PageOutcome convert(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String source = file.toString();
        try {
            return convertOrThrow(file, source);
        } catch (IOException e) {
            return failed(source, FailureReason.UNREADABLE, InputCollector.describe(e));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(source, FailureReason.EXTRACTION_FAILED, e.toString());
        } catch (Error e) {
            if (e instanceof VirtualMachineError) {
                throw e; // a broken JVM (InternalError, UnknownError) cannot be recovered from per page
            }
            return failed(source, FailureReason.EXTRACTION_FAILED, e.toString());
        }
    }

    private PageOutcome convertOrThrow(Path file, String source) throws IOException {
        if (!Files.isRegularFile(file)) {
            return failed(source, FailureReason.UNREADABLE, "not a regular file");
        }
        long bytes = Files.size(file);
        if (!isCompressed(file) && bytes > (long) maxPageChars * MAX_BYTES_PER_CHAR) {
            return failed(source, FailureReason.TOO_LARGE, String.format(Locale.ROOT,
                    "%d bytes, limit %d characters", bytes, maxPageChars));
        }
        PageResult result = gleaner.ingest(file);
        if (!result.posts().isEmpty()) {
            List<Post> posts = new ArrayList<>(result.posts().size());
            for (Post post : result.posts()) {
                PageKind kind = post.pageKind() == PageKind.UNKNOWN ? result.kind() : post.pageKind();
                posts.add(post.toBuilder().source(source).pageKind(kind).build());
            }
            return PageOutcome.converted(source, posts);
        }
        return PageOutcome.failed(explainEmpty(source, result));
    }

    /** The error line for a page without posts: the pipeline's status, detailed by its diagnostics. */
    static ConversionError explainEmpty(String source, PageResult result) {
        List<Diagnostic> notes = result.diagnostics().stream()
                .filter(d -> d.kind() == Diagnostic.Kind.MISSING || d.kind() == Diagnostic.Kind.WARNING)
                .collect(Collectors.toList());
        String detail = notes.isEmpty() ? "no post found (page kind " + result.kind() + ")" : join(notes);
        return ConversionError.of(source, reasonFor(result.status()), detail);
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

    private static String join(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining(DETAIL_SEPARATOR));
    }

    private static boolean isCompressed(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
    }

    private static PageOutcome failed(String source, FailureReason reason, String detail) {
        return PageOutcome.failed(ConversionError.of(source, reason, detail));
    }
}
