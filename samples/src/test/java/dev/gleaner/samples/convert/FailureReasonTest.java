package dev.gleaner.samples.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureReasonTest {

    @Test
    void labelsAreLowerCaseAndHyphenatedWhateverTheLocale() {
        // The build runs tests under a Turkish default locale, where "I".toLowerCase() is a dotless i.
        assertThat(FailureReason.UNREADABLE.label()).isEqualTo("unreadable");
        assertThat(FailureReason.EXTRACTION_FAILED.label()).isEqualTo("extraction-failed");
        assertThat(FailureReason.NO_POST.label()).isEqualTo("no-post");
        assertThat(FailureReason.TOO_LARGE.label()).isEqualTo("too-large");
    }
}
