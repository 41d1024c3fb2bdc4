package dev.gleaner.io;

import dev.gleaner.internal.Validate;
import java.nio.charset.Charset;

/**
 * HTML text decoded from bytes, with the charset used and how it was chosen.
 *
 * @param html    the decoded text (a leading byte-order mark removed)
 * @param charset the charset used
 * @param basis   how the charset was chosen: {@code bom}, {@code declared:transport}, {@code declared:meta},
 *                {@code sniffed:utf-8}, {@code sniffed:utf-8-over-declared} or {@code default:windows-1252}
 */
public record DecodedHtml(String html, Charset charset, String basis) {
    public DecodedHtml {
        Validate.notNull(html, "html");
        Validate.notNull(charset, "charset");
        Validate.notNull(basis, "basis");
    }
}
