package dev.gleaner.batch;

import java.util.List;
import java.util.Optional;

/**
 * Tells binary content from a page before it is parsed, so an image or a PDF saved with a {@code .html} name is
 * reported as {@link FailureReason#NOT_HTML} rather than as a page without posts.
 */
final class ContentSniffer {

    /**
     * Bytes examined: enough for every signature below and for the NUL test. A text page has no NUL byte in its
     * first kilobytes unless it is UTF-16, which announces itself with a byte-order mark.
     */
    static final int SNIFF_BYTES = 4096;

    private record Signature(String name, byte[] magic) {
    }

    /** File signatures of formats that are saved next to pages in crawls (from their format specifications). */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            new Signature("JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Signature("GIF image", new byte[] {'G', 'I', 'F', '8'}),
            new Signature("PDF document", new byte[] {'%', 'P', 'D', 'F'}),
            new Signature("zip archive", new byte[] {'P', 'K', 3, 4}),
            new Signature("gzip data", new byte[] {0x1F, (byte) 0x8B}),
            new Signature("RIFF media (WebP, WAV, AVI)", new byte[] {'R', 'I', 'F', 'F'}),
            new Signature("WOFF font", new byte[] {'w', 'O', 'F', 'F'}));

    private static final byte[][] UTF16_BOMS = {{(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};

    private ContentSniffer() {
    }

    /** Why {@code bytes} are not an HTML page (empty, a known binary format, NUL bytes), or empty if they may be. */
    static Optional<String> whyNotHtml(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of("empty (0 bytes)");
        }
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.magic())) {
                return Optional.of("binary content: " + signature.name());
            }
        }
        for (byte[] bom : UTF16_BOMS) {
            if (startsWith(bytes, bom)) {
                return Optional.empty();
            }
        }
        int end = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return Optional.of("binary content: NUL byte at offset " + i);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
