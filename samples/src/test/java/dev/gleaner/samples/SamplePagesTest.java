package dev.gleaner.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SamplePagesTest {

    @Test
    void indexLinesAreFileTabUrlSkippingCommentsAndBlankLines() throws IOException {
        String index = "# file\turl\n\nminima.html\thttps://a.blogspot.com/2024/01/x.html\n";

        assertThat(SamplePages.parse(new BufferedReader(new StringReader(index))))
                .containsExactly(new SamplePage("minima.html", "https://a.blogspot.com/2024/01/x.html"));
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        String index = "# file\turl\nminima.html https://a.blogspot.com/\n";

        assertThatThrownBy(() -> SamplePages.parse(new BufferedReader(new StringReader(index))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("filename<TAB>url");
    }

    @Test
    void everyListedPageIsOnTheClassPath() {
        for (SamplePage page : SamplePages.list()) {
            assertThat(page.bytes()).as(page.resourceName()).isNotEmpty();
        }
    }
}
