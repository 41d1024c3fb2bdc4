package dev.gleaner.extractors.blogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.extractors.meta.DateParser;
import org.junit.jupiter.api.Test;

class BylineCleanerTest {

    private final BylineCleaner cleaner = new BylineCleaner(new BloggerRules(), new DateParser());

    @Test
    void removesPrefixesInSeveralLanguages() {
        assertThat(cleaner.clean("Posted by Ned Deily")).contains("Ned Deily");
        assertThat(cleaner.clean("Eingestellt von der Michel um 21:11")).contains("der Michel");
        assertThat(cleaner.clean("Publié par Jean-Pierre à 10:00")).contains("Jean-Pierre");
        assertThat(cleaner.clean("Diposting oleh Budi")).contains("Budi");
        assertThat(cleaner.clean("Written By Zxce3")).contains("Zxce3");
        assertThat(cleaner.clean("Oleh Indrawati")).contains("Indrawati");
    }

    @Test
    void cutsDatesAndSeparators() {
        assertThat(cleaner.clean("posted by OLS | Wednesday, June 15, 2005 | 9:37 AM")).contains("OLS");
        assertThat(cleaner.clean("// posted by Rivka @ 7/31/2004 10:15:32 AM")).contains("Rivka");
        assertThat(cleaner.clean("# Posted 4:15 PM by David Adesnik")).contains("David Adesnik");
        assertThat(cleaner.clean("Mark |")).contains("Mark");
        assertThat(cleaner.clean("Posted by Leonardo da Vinci")).contains("Leonardo da Vinci");
    }

    @Test
    void rejectsWhatIsNotAName() {
        assertThat(cleaner.clean("Posted by")).isEmpty();
        assertThat(cleaner.clean("December 19, 2025")).isEmpty();
        assertThat(cleaner.clean("9:37 AM")).isEmpty();
        assertThat(cleaner.clean("Anonymous")).isEmpty();
        assertThat(cleaner.clean("I am a professional chef working with a leading brand as a sous chef")).isEmpty();
    }

    @Test
    void commentAuthorsLoseTheirSaid() {
        assertThat(cleaner.commentAuthor("Anna said...")).isEqualTo("Anna");
        assertThat(cleaner.commentAuthor("Anna hat gesagt…")).isEqualTo("Anna");
    }
}
