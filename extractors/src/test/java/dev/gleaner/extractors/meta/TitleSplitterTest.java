package dev.gleaner.extractors.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleSplitterTest {

    @Test
    void removesKnownBlogName() {
        assertThat(TitleSplitter.withoutSite("Julias Lesewelt: Irland Roadtrip ", Optional.of("Julias Lesewelt")))
                .isEqualTo("Irland Roadtrip");
        assertThat(TitleSplitter.withoutSite("Post | Blog", Optional.of("Blog"))).isEqualTo("Post");
    }

    @Test
    void removesSuffixWhenBlogNameUnknown() {
        assertThat(TitleSplitter.withoutSite("A post - Some Site", Optional.empty())).isEqualTo("A post");
    }
}
