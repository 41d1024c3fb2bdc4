package dev.gleaner.benchmarks.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageSetsTest {

    @Test
    void bundledPagesLoadWithTheirUrls() {
        List<BenchPage> pages = PageSets.load(PageSets.BUNDLED, 0);
        assertThat(pages).extracting(BenchPage::name)
                .containsExactly("blogger-item.html", "blogger-index.html", "news-article.html");
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.url()).startsWith("https://");
            assertThat(p.html()).contains("</html>");
        });
        assertThat(PageSets.largest(pages).name()).isEqualTo("blogger-index.html");
    }

    @Test
    void thinningTakesAnEvenStride() {
        List<BenchPage> all = IntStream.range(0, 10)
                .mapToObj(i -> new BenchPage("p" + i, "", new byte[0], "x")).toList();
        assertThat(PageSets.thin(all, 5)).extracting(BenchPage::name).containsExactly("p0", "p2", "p4", "p6", "p8");
        assertThat(PageSets.thin(all, 0)).hasSize(10);
        assertThat(PageSets.thin(all, 20)).hasSize(10);
    }

    @Test
    void unknownSetIsRefusedByName() {
        assertThatThrownBy(() -> PageSets.load("nope", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> PerfReport.parse(new String[] {"--sets", "nope"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void everyRowNamesABenchmarkMethod() throws Exception {
        for (Row row : PerfReport.ROWS) {
            assertThat(row.benchmark().getMethod(row.method(), org.openjdk.jmh.infra.Blackhole.class)).isNotNull();
        }
    }
}
