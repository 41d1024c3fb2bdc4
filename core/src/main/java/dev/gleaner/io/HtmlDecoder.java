package dev.gleaner.io;

import dev.gleaner.internal.Validate;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes to text without assuming UTF-8. The order follows the HTML encoding-sniffing algorithm,
 * with one correction for scraped pages whose declaration is wrong:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE/BE) decides;</li>
 *   <li>else a charset from the transport (an HTTP {@code Content-Type}), when the caller has one;</li>
 *   <li>else a {@code <meta charset>} or {@code <meta http-equiv=Content-Type>} in the first
 *       {@value #PRESCAN_BYTES} bytes;</li>
 *   <li>a declared single-byte Latin charset (ISO-8859-1, windows-1252, US-ASCII) is overruled by UTF-8 when the
 *       bytes hold multi-byte sequences and are strictly valid UTF-8: a page saved as UTF-8 under a stale Latin
 *       declaration is far more common than Latin text that happens to be valid UTF-8;</li>
 *   <li>with no declaration, UTF-8 when the bytes are strictly valid UTF-8, else windows-1252 (the web's default
 *       for undeclared legacy pages; ISO-8859-1 is read as windows-1252 too, as browsers do).</li>
 * </ol>
 * Malformed bytes are replaced with U+FFFD; decoding never fails. Stateless and thread-safe.
 */
public final class HtmlDecoder {

    /** How many leading bytes are scanned for a meta declaration (the HTML standard's prescan uses 1024). */
    public static final int PRESCAN_BYTES = 4096;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s{0,16}=\\s{0,16}[\"']?\\s{0,16}([A-Za-z0-9._:-]{1,40})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
            "charset\\s{0,16}=\\s{0,16}[\"']?([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /**
     * Decodes {@code bytes} with no transport hint. Never fails on what the bytes hold.
     *
     * @throws NullPointerException when {@code bytes} is null
     */
    public static DecodedHtml decode(byte[] bytes) {
        return decode(bytes, Optional.empty());
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes       the raw page
     * @param contentType an HTTP {@code Content-Type} header value (only its {@code charset} parameter is used)
     * @throws NullPointerException when an argument is null
     */
    public static DecodedHtml decode(byte[] bytes, Optional<String> contentType) {
        Validate.notNull(bytes, "bytes");
        Validate.notNull(contentType, "contentType");

        Optional<DecodedHtml> byBom = decodeByBom(bytes);
        if (byBom.isPresent()) {
            return byBom.get();
        }
        Optional<Charset> transport = contentType.flatMap(HtmlDecoder::charsetFromContentType);
        if (transport.isPresent()) {
            return decodeDeclared(bytes, transport.get(), "declared:transport");
        }
        Optional<Charset> meta = metaCharset(bytes);
        if (meta.isPresent()) {
            return decodeDeclared(bytes, meta.get(), "declared:meta");
        }
        Optional<String> strictUtf8 = strictUtf8(bytes);
        if (strictUtf8.isPresent()) {
            return new DecodedHtml(strictUtf8.get(), StandardCharsets.UTF_8, "sniffed:utf-8");
        }
        return new DecodedHtml(new String(bytes, WINDOWS_1252), WINDOWS_1252, "default:windows-1252");
    }

    /**
     * The charset named by a {@code Content-Type} value, when it names one Java supports (an unknown or malformed
     * name gives none, never an exception).
     *
     * @throws NullPointerException when {@code contentType} is null
     */
    public static Optional<Charset> charsetFromContentType(String contentType) {
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? charsetFor(m.group(1)) : Optional.empty();
    }

    private static DecodedHtml decodeDeclared(byte[] bytes, Charset declared, String basis) {
        if (isLatinSingleByte(declared)) {
            Optional<String> utf8 = hasHighBytes(bytes) ? strictUtf8(bytes) : Optional.empty();
            if (utf8.isPresent()) {
                return new DecodedHtml(utf8.get(), StandardCharsets.UTF_8, "sniffed:utf-8-over-declared");
            }
            return new DecodedHtml(new String(bytes, WINDOWS_1252), WINDOWS_1252, basis);
        }
        return new DecodedHtml(new String(bytes, declared), declared, basis);
    }

    private static Optional<DecodedHtml> decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedHtml(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedHtml(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedHtml(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom"));
        }
        return Optional.empty();
    }

    private static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Optional<Charset> charset = charsetFor(m.group(1));
            if (charset.isPresent()) {
                // A page cannot declare UTF-16 in its own ASCII-compatible bytes; the standard reads it as UTF-8.
                Charset c = charset.get();
                if (c.equals(StandardCharsets.UTF_16) || c.equals(StandardCharsets.UTF_16BE)
                        || c.equals(StandardCharsets.UTF_16LE)) {
                    return Optional.of(StandardCharsets.UTF_8);
                }
                return charset;
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charsetFor(String name) {
        String normalized = name.trim().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(Charset.forName(normalized));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean isLatinSingleByte(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(WINDOWS_1252);
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
