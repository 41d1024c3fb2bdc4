package dev.gleaner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PostTimeTest {

    @ParameterizedTest
    @CsvSource({
        "2023-03-14, 2023-03-14",
        "2023-03-14T09:30, 2023-03-14T09:30:00",
        "2023-03-14T09:30:05, 2023-03-14T09:30:05",
        "2023-03-14T09:30:00-07:00, 2023-03-14T09:30:00-07:00",
        "2023-03-14T16:30:00Z, 2023-03-14T16:30:00Z",
        "2023-03-14T16:30:00.125+05:30, 2023-03-14T16:30:00.125+05:30",
    })
    void keepsThePrecisionThePageGave(String input, String written) {
        PostTime time = PostTime.parse(input);
        assertThat(time).hasToString(written);
        assertThat(PostTime.parse(time.toString())).isEqualTo(time);
    }

    @Test
    void aDateStaysADate() {
        PostTime date = PostTime.parse("2023-03-14");
        assertThat(date.time()).isEmpty();
        assertThat(date.toOffsetDateTime()).isEmpty();
        assertThat(date.isInstant()).isFalse();
    }

    @Test
    void anOffsetGivesAnOffsetDateTime() {
        assertThat(PostTime.parse("2016-12-23T05:11:00-05:00").toOffsetDateTime())
                .contains(OffsetDateTime.parse("2016-12-23T05:11:00-05:00"));
    }

    @Test
    void instantsCompareAcrossOffsets() {
        PostTime a = PostTime.parse("2022-01-19T16:04:00-08:00");
        PostTime b = PostTime.parse("2022-01-20T00:04:00Z");
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isNotEqualTo(b); // equality keeps what the page wrote
    }

    @Test
    void rejectsMisuseClearly() {
        assertThatThrownBy(() -> PostTime.parse("March 14"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("March 14");
        assertThatThrownBy(() -> new PostTime(LocalDate.of(2023, 3, 14), Optional.empty(),
                Optional.of(java.time.ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
    }
}
