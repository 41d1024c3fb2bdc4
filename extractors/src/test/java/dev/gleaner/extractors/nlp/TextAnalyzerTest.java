package dev.gleaner.extractors.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.english();
    }

    @Test
    void splitsSentencesAndTokensWithOffsetsIntoTheText() {
        String text = "The mayor of Springfield spoke on Tuesday. Residents were not impressed.";
        AnalyzedText a = analyzer.analyze(text);

        assertThat(a.text()).isSameAs(text);
        assertThat(a.sentences()).hasSize(2);
        Sentence second = a.sentences().get(1);
        assertThat(text.substring(second.start(), second.end())).isEqualTo("Residents were not impressed.");
        assertThat(a.tokens(second)).extracting(Token::text)
                .containsExactly("Residents", "were", "not", "impressed", ".");
        for (Token t : a.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(a.tokens().get(3).text()).isEqualTo("Springfield");
        assertThat(a.tokens().get(3).sentence()).isZero();
    }

    @Test
    void tagsAndLemmatisesOnRequest() {
        AnalyzedText a = analyzer.analyze("The children went to Paris.");

        assertThat(a.posTags()).hasSameSizeAs(a.tokens());
        assertThat(a.posTags()).containsExactly("DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT");
        assertThat(a.lemmas()).hasSameSizeAs(a.tokens());
        assertThat(a.lemmas().get(1)).isEqualTo("child");
        assertThat(a.lemmas().get(2)).isEqualTo("go");
        assertThat(a.posTags()).isSameAs(a.posTags());
    }

    @Test
    void middleInitialsAndTitlesDoNotEndSentences() {
        AnalyzedText a = analyzer.analyze("Judge Rosa K. Whitfield ruled. Dr. Amos Reed agreed. It ended.");
        assertThat(a.sentences()).hasSize(3);
        assertThat(a.tokens(a.sentences().get(0))).extracting(Token::text)
                .containsExactly("Judge", "Rosa", "K.", "Whitfield", "ruled", ".");
    }

    @Test
    void possessivesAreSplitFromNames() {
        AnalyzedText a = analyzer.analyze("FlyChat's code and Orbit\u2019s servers.");
        assertThat(a.tokens()).extracting(Token::text)
                .containsExactly("FlyChat", "'s", "code", "and", "Orbit", "\u2019s", "servers", ".");
    }

    @Test
    void emptyAndBlankTextsGiveEmptyAnalyses() {
        for (String text : List.of("", "   ", "\n\n")) {
            AnalyzedText a = analyzer.analyze(text);
            assertThat(a.tokens()).isEmpty();
            assertThat(a.posTags()).isEmpty();
            assertThat(a.lemmas()).isEmpty();
        }
    }

    @Test
    void oddInputDoesNotThrow() {
        String odd = "\u0000\uFFFF \uD83D\uDE00 ))) ... http://x.y/z?a=b&c \t\u200B\u00A0 $$$ 12,34.5%";
        AnalyzedText a = analyzer.analyze(odd);
        for (Token t : a.tokens()) {
            assertThat(odd.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(a.posTags()).hasSameSizeAs(a.tokens());
        assertThat(a.lemmas()).hasSameSizeAs(a.tokens());
    }

    @Test
    void longRunsWithoutSpacesAreOneToken() {
        String text = "See " + "x".repeat(300_000) + " and Paris.";
        AnalyzedText a = analyzer.analyze(text);
        assertThat(a.tokens()).extracting(Token::text).contains("See", "and", "Paris", ".");
        assertThat(a.tokens().get(1).length()).isEqualTo(300_000);
    }

    @Test
    void pretokenisedInputKeepsTheGivenTokensAndSentences() {
        AnalyzedText a = analyzer.analyzeTokens(List.of(List.of("I", "met", "Ann", "."), List.of("Bye", "!")));

        assertThat(a.text()).isEqualTo("I met Ann .\nBye !");
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.tokenTexts(a.sentences().get(1))).containsExactly("Bye", "!");
        assertThat(a.tokens().get(2).start()).isEqualTo(6);
        assertThat(a.posTags()).hasSize(6);
    }

    @Test
    void pretokenisedInputRejectsTokensWithSpaces() {
        assertThatThrownBy(() -> analyzer.analyzeTokens(List.of(List.of("New York"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("New York");
        assertThatThrownBy(() -> analyzer.analyze(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sentenceOfAnotherTextIsRefused() {
        AnalyzedText one = analyzer.analyze("One. Two. Three.");
        AnalyzedText other = analyzer.analyze("Other.");
        assertThatThrownBy(() -> other.tokens(one.sentences().get(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharedBetweenThreadsGivesTheSameResults() throws Exception {
        List<String> texts = List.of("Alice lives in Berlin. She works at Siemens.",
                "Prices rose by 5% in March, the bank said.", "Bob and Carol went home early.");
        List<List<String>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(analyzer.analyze(t).posTags());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String t = texts.get(i % texts.size());
                futures.add(pool.submit(() -> analyzer.analyze(t).posTags()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
