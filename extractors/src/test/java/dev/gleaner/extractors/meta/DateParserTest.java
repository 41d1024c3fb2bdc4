package dev.gleaner.extractors.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private final DateParser dates = new DateParser();

    private LocalDate date(String text) {
        return dates.parseDisplayed(text, true).orElseThrow().date();
    }

    @Test
    void isoWithOffsetAndFraction() {
        assertThat(dates.parseIso("2016-12-23T05:11:00.000-05:00").orElseThrow().toString())
                .isEqualTo("2016-12-23T05:11:00-05:00");
        assertThat(dates.parseIso("2020-04-28").orElseThrow().toString()).isEqualTo("2020-04-28");
        assertThat(dates.parseIso("not a date")).isEmpty();
    }

    @Test
    void machineDatesKeepTheirPrecision() {
        assertThat(dates.parseMachine("2019-11-19").map(Object::toString)).contains("2019-11-19");
        assertThat(dates.parseMachine("2019-11-19T10:05:00+0530").map(Object::toString))
                .contains("2019-11-19T10:05:00+05:30");
        assertThat(dates.parseMachine("2019-11-19 10:05").map(Object::toString)).contains("2019-11-19T10:05:00");
        assertThat(dates.parseMachine("2019-11-19 10:05 UTC").map(Object::toString)).contains("2019-11-19T10:05:00Z");
        assertThat(dates.parseMachine("Tue, 19 Nov 2019 10:05:00 GMT").map(Object::toString))
                .contains("2019-11-19T10:05:00Z");
        assertThat(dates.parseMachine("not a date")).isEmpty();
    }

    @Test
    void urlDates() {
        assertThat(dates.parseUrl("https://x.org/2019/11/19/story/").map(Object::toString)).contains("2019-11-19");
        assertThat(dates.parseUrl("https://x.org/news/20191119/story").map(Object::toString)).contains("2019-11-19");
        assertThat(dates.parseUrl("https://x.org/2019/13/45/story")).isEmpty();
        assertThat(dates.parseUrl("https://x.org/story-123456")).isEmpty();
    }

    @Test
    void monthNamesInManyLanguages() {
        assertThat(date("Thursday, May 26, 2005")).isEqualTo(LocalDate.of(2005, 5, 26));
        assertThat(date("Mai 03, 2017")).isEqualTo(LocalDate.of(2017, 5, 3));
        assertThat(date("Dienstag, 28. April 2020")).isEqualTo(LocalDate.of(2020, 4, 28));
        assertThat(date("mercredi 15 juin 2005")).isEqualTo(LocalDate.of(2005, 6, 15));
        assertThat(date("15 de junio de 2005")).isEqualTo(LocalDate.of(2005, 6, 15));
        assertThat(date("3 giugno 2010")).isEqualTo(LocalDate.of(2010, 6, 3));
        assertThat(date("3 de março de 2010")).isEqualTo(LocalDate.of(2010, 3, 3));
        assertThat(date("12 maart 2011")).isEqualTo(LocalDate.of(2011, 3, 12));
        assertThat(date("Senin, 12 Desember 2011")).isEqualTo(LocalDate.of(2011, 12, 12));
        assertThat(date("20 يناير 2022")).isEqualTo(LocalDate.of(2022, 1, 20));
        assertThat(date("٢٠ يناير ٢٠٢٢")).isEqualTo(LocalDate.of(2022, 1, 20));
    }

    @Test
    void numericDatesAndTimes() {
        DateParser.Displayed d = dates.parseDisplayed("// posted by R @ 7/31/2004 10:15:32 AM", true).orElseThrow();
        assertThat(d.date()).isEqualTo(LocalDate.of(2004, 7, 31));
        assertThat(d.time()).contains(LocalTime.of(10, 15, 32));
        assertThat(dates.parseDisplayed("05.06.2010", true).orElseThrow().date()).isEqualTo(LocalDate.of(2010, 6, 5));
        assertThat(dates.parseTime("9:37 PM")).contains(LocalTime.of(21, 37));
        assertThat(dates.parseTime("12:05 AM")).contains(LocalTime.of(0, 5));
        assertThat(dates.parseTime("21:11")).contains(LocalTime.of(21, 11));
    }

    @Test
    void proseIsNotADate() {
        assertThat(dates.parseDisplayed("no date here at all", true)).isEmpty();
    }
}
