package dev.gleaner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String TEXT = "Café über straße – “quoted” €5";

    private static byte[] bytes(String s, Charset c) {
        return s.getBytes(c);
    }

    @Test
    void aUtf8BomDecidesAndIsRemoved() {
        byte[] body = bytes("<p>" + TEXT, StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedHtml decoded = HtmlDecoder.decode(withBom);
        assertThat(decoded.html()).isEqualTo("<p>" + TEXT);
        assertThat(decoded.basis()).isEqualTo("bom");
    }

    @Test
    void aUtf16BomDecides() {
        byte[] body = bytes("<p>" + TEXT, StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertThat(HtmlDecoder.decode(withBom).html()).isEqualTo("<p>" + TEXT);
    }

    @Test
    void aMetaCharsetIsHonoured() {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body>" + TEXT + "</body></html>";
        DecodedHtml decoded = HtmlDecoder.decode(bytes(page, WINDOWS_1252));
        assertThat(decoded.html()).contains(TEXT);
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.basis()).isEqualTo("declared:meta");
    }

    @Test
    void anHttpEquivDeclarationIsHonoured() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>日本語のブログ";
        DecodedHtml decoded = HtmlDecoder.decode(bytes(page, Charset.forName("Shift_JIS")));
        assertThat(decoded.html()).contains("日本語のブログ");
    }

    @Test
    void isoLatin1IsReadAsWindows1252LikeBrowsers() {
        String page = "<meta charset=iso-8859-1><p>“quoted” €5";
        DecodedHtml decoded = HtmlDecoder.decode(bytes(page, WINDOWS_1252));
        assertThat(decoded.html()).contains("“quoted” €5");
    }

    @Test
    void validUtf8WinsOverAStaleLatinDeclaration() {
        String page = "<meta charset=\"ISO-8859-1\"><p>" + TEXT;
        DecodedHtml decoded = HtmlDecoder.decode(bytes(page, StandardCharsets.UTF_8));
        assertThat(decoded.html()).contains(TEXT);
        assertThat(decoded.basis()).isEqualTo("sniffed:utf-8-over-declared");
    }

    @Test
    void theTransportHeaderComesBeforeTheMeta() {
        String page = "<meta charset=\"utf-8\"><p>" + TEXT;
        DecodedHtml decoded = HtmlDecoder.decode(bytes(page, WINDOWS_1252),
                Optional.of("text/html; charset=windows-1252"));
        assertThat(decoded.html()).contains(TEXT);
        assertThat(decoded.basis()).isEqualTo("declared:transport");
    }

    @Test
    void undeclaredBytesAreSniffed() {
        assertThat(HtmlDecoder.decode(bytes("<p>" + TEXT, StandardCharsets.UTF_8)).basis())
                .isEqualTo("sniffed:utf-8");
        DecodedHtml legacy = HtmlDecoder.decode(bytes("<p>" + TEXT, WINDOWS_1252));
        assertThat(legacy.html()).contains(TEXT);
        assertThat(legacy.basis()).isEqualTo("default:windows-1252");
    }

    @Test
    void unknownOrBrokenDeclarationsFallThrough() {
        String page = "<meta charset=\"x-no-such-charset\"><meta charset=\"utf-8\"><p>" + TEXT;
        assertThat(HtmlDecoder.decode(bytes(page, StandardCharsets.UTF_8)).html()).contains(TEXT);
        assertThat(HtmlDecoder.decode(new byte[0]).html()).isEmpty();
    }
}
