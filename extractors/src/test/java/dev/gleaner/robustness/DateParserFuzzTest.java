package dev.gleaner.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gleaner.extractors.meta.DateParser;

/**
 * Coverage-guided fuzzing of the date parser: every entry point takes any text without an exception. The ordinary
 * test run replays the saved corpus ({@code src/test/resources/dev/gleaner/robustness/DateParserFuzzTestInputs/});
 * {@code JAZZER_FUZZ=1} fuzzes (README, "Reliability and security").
 */
class DateParserFuzzTest {

    private static final DateParser PARSER = new DateParser();

    @FuzzTest(maxDuration = "10m")
    void parse(FuzzedDataProvider data) {
        boolean monthFirst = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        PARSER.parseIso(text);
        PARSER.parseMachine(text);
        PARSER.parseUrl(text);
        PARSER.parseDisplayed(text, monthFirst);
        PARSER.parseTime(text);
        DateParser.asciiDigits(text);
    }
}
