package dev.gleaner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostTest {

    @Test
    void copiesListsSoTheCallerCannotChangeAPost() {
        List<String> labels = new ArrayList<>(List.of("Travel"));
        Post post = Post.builder().labels(labels).build();
        labels.add("Food");
        assertThat(post.labels()).containsExactly("Travel");
        assertThatThrownBy(() -> post.labels().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderDerivesAChangedCopy() {
        Post post = Post.builder().title("A").labels(List.of("x")).build();
        Post changed = post.toBuilder().title("B").build();
        assertThat(changed.title()).isEqualTo("B");
        assertThat(changed.labels()).containsExactly("x");
        assertThat(post.title()).isEqualTo("A");
    }

    @Test
    void namesTheArgumentOnMisuse() {
        assertThatThrownBy(() -> Post.builder().title(null))
                .isInstanceOf(NullPointerException.class).hasMessage("title must not be null");
        assertThatThrownBy(() -> Post.builder().wordCount(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wordCount");
        assertThatThrownBy(() -> Post.builder().labels(java.util.Arrays.asList("a", null)).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("labels");
    }
}
