package dev.gleaner.extractors.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.TextAnalyzer;
import dev.gleaner.model.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RuleFindersTest {

    private static TextAnalyzer analyzer;
    private static AmountFinder amounts;
    private static DateFinder dates;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.english();
        amounts = new AmountFinder();
        dates = new DateFinder();
    }

    private static List<String> found(MentionFinder f, String text, Optional<LocalDate> ref) {
        AnalyzedText a = analyzer.analyze(text);
        return f.find(a, ref).stream()
                .map(s -> s.type() + ":" + text.substring(s.start(), s.end()) + "=" + s.normalized().orElse("?"))
                .sorted().toList();
    }

    @Test
    void moneyWithSymbolsScalesAndWords() {
        assertThat(found(amounts, "The fine fell from $250 million to just $3 million.", Optional.empty()))
                .containsExactly("MONEY:$250 million=250000000 USD", "MONEY:$3 million=3000000 USD");
        assertThat(found(amounts, "It cost 20 euros, or £1,250.50, or US$5bn.", Optional.empty()))
                .containsExactly("MONEY:20 euros=20 EUR", "MONEY:US$5bn=5000000000 USD", "MONEY:£1,250.50=1250.5 GBP");
        assertThat(found(amounts, "A fee of USD 1,200 applies.", Optional.empty()))
                .containsExactly("MONEY:USD 1,200=1200 USD");
    }

    @Test
    void percentages() {
        assertThat(found(amounts, "Sales rose 12.5% and costs 3 percent.", Optional.empty()))
                .containsExactly("PERCENT:12.5%=12.5%", "PERCENT:3 percent=3%");
    }

    @Test
    void plainNumbersAreNoAmounts() {
        assertThat(found(amounts, "About 1,400 people came in 2019, 5 km away.", Optional.empty())).isEmpty();
    }

    @Test
    void absoluteDatesNormalisedAtTheirPrecision() {
        assertThat(found(dates, "It began on March 14, 2024 and ended 2 April 2025.", Optional.empty()))
                .containsExactly("DATE:2 April 2025=2025-04-02", "DATE:March 14, 2024=2024-03-14");
        assertThat(found(dates, "The suit was filed in 2019. By June 2020 it was over.", Optional.empty()))
                .containsExactly("DATE:2019=2019", "DATE:June 2020=2020-06");
        assertThat(found(dates, "Logs from 2024-01-31 and 12/25/2023.", Optional.empty()))
                .containsExactly("DATE:12/25/2023=2023-12-25", "DATE:2024-01-31=2024-01-31");
    }

    @Test
    void relativeDatesNeedAReference() {
        LocalDate ref = LocalDate.of(2025, 10, 22); // a Wednesday
        assertThat(found(dates, "I saw it yesterday and will again next Friday.", Optional.of(ref)))
                .containsExactly("DATE:next Friday=2025-10-24", "DATE:yesterday=2025-10-21");
        assertThat(found(dates, "Two weeks ago it rained.", Optional.of(ref)))
                .containsExactly("DATE:Two weeks ago=2025-10-08");
        assertThat(found(dates, "I saw it yesterday.", Optional.empty())).containsExactly("DATE:yesterday=?");
    }

    @Test
    void mayAndBareNumbersAreNoDates() {
        assertThat(found(dates, "You may go. We counted 2000 birds and February 31, 2020.", Optional.empty()))
                .isEmpty();
    }

    @Test
    void designatorsFindOrganisations() {
        List<String> f = found(new DesignatorFinder(),
                "The Springfield Police Department and Acme Widgets Inc. met the Ministry of Health.",
                Optional.empty());
        assertThat(f).containsExactly("ORGANIZATION:Acme Widgets Inc.=?", "ORGANIZATION:Ministry of Health=?",
                "ORGANIZATION:Springfield Police Department=?");
    }

    @Test
    void designatorsAreIgnoredInTitleCaseHeadlines() {
        DesignatorFinder designators = new DesignatorFinder();
        assertThat(found(designators, "Federal Judge Orders Acme Labs to Stop Tracking Users", Optional.empty()))
                .isEmpty();
        assertThat(found(designators, "Judge Rosa Whitfield fined Acme Corp. in Ohio.", Optional.empty()))
                .containsExactly("ORGANIZATION:Acme Corp.=?");
    }

    @Test
    void gazetteersMatchLongestWholeTokenSequences() {
        GazetteerFinder places = GazetteerFinder.of(Gazetteer.bundled("us-states"), EntityType.LOCATION);
        assertThat(found(places, "She moved from New York to New Mexico, not to new york.", Optional.empty()))
                .containsExactly("LOCATION:New Mexico=?", "LOCATION:New York=?");
    }

    @Test
    void givenNamesFindPeopleButNotPlaces() {
        assertThat(found(new GivenNameFinder(), "Thanks, Laura. Karen A. Ostrowski met Austin in Georgia.",
                Optional.empty()))
                .containsExactly("PERSON:Karen A. Ostrowski=?", "PERSON:Laura=?");
    }

    @Test
    void oddTextGivesNoErrors() {
        String odd = "$ % $$ 1.2.3% ,,, 99999999999999999999999 million dollars 0/0/0000 --12-- \u0000";
        AnalyzedText a = analyzer.analyze(odd);
        amounts.find(a);
        dates.find(a, Optional.of(LocalDate.of(2020, 2, 29)));
        assertThat(new DesignatorFinder().find(a)).isEmpty();
    }
}
