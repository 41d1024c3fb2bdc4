package dev.gleaner.extractors.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gleaner.model.LabelSource;
import dev.gleaner.model.LabelSuggestion;
import dev.gleaner.model.Post;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LabelSuggesterTest {

    /** A news-like post written for this test: an organisation, a product and a topic word, with dates and sums. */
    private static final String TITLE = "Regulator Fines Orbital Telecom Over Lumen Router Flaw";
    private static final String TEXT = """
            On 12 March 2024 the national regulator fined Orbital Telecom 2.5 million euros after its Lumen router \
            exposed customer data for more than 18 months.

            Investigators found that the Lumen router shipped with a default password and that Orbital Telecom \
            ignored three warnings from security researchers. The router flaw let attackers read traffic.

            Orbital Telecom said it had patched every Lumen router by January. The regulator said the router \
            flaw showed why encryption by default matters, and that Orbital Telecom must report on encryption \
            every quarter until 2026. Share it: Facebook, Twitter.
            """;

    private static LabelSuggester open;

    @BeforeAll
    static void load() {
        open = LabelSuggester.open();
    }

    private static Post post(String title, String text, List<String> labels) {
        return Post.builder().title(title).text(text).labels(labels).build();
    }

    private static List<String> keys(List<LabelSuggestion> s) {
        return s.stream().map(x -> x.label().toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void openSuggestionsNameTheOrganisationProductAndTopic() {
        List<LabelSuggestion> s = open.suggest(post(TITLE, TEXT, List.of()));
        assertThat(keys(s)).contains("orbital telecom", "lumen router");
        assertThat(keys(s).stream().anyMatch(k -> k.contains("encryption") || k.contains("router flaw"))).isTrue();
        assertThat(s).allMatch(x -> x.source() == LabelSource.KEYPHRASE);
        assertThat(s.get(0).recommended()).isTrue();
        assertThat(s).hasSizeLessThanOrEqualTo(LabelSuggester.DEFAULT_MAX_SUGGESTIONS);
    }

    @Test
    void openSuggestionsCarryNoJunk() {
        for (LabelSuggestion x : open.suggest(post(TITLE, TEXT, List.of()))) {
            String l = x.label().toLowerCase(Locale.ROOT);
            assertThat(l).doesNotContainPattern("\\d");
            assertThat(l).isNotIn("march", "january", "share", "facebook", "twitter", "the", "every", "million");
            assertThat(l.split(" ")).noneMatch(w -> w.equals("share") || w.equals("it"));
            assertThat(x.evidence()).isNotEmpty();
        }
    }

    @Test
    void recommendedEntriesComeFirst() {
        List<LabelSuggestion> s = open.suggest(post(TITLE, TEXT, List.of()));
        boolean seenRest = false;
        for (LabelSuggestion x : s) {
            assertThat(x.recommended() && seenRest).isFalse();
            seenRest |= !x.recommended();
        }
    }

    @Test
    void ownLabelsAreNotSuggestedAgain() {
        List<LabelSuggestion> s = open.suggest(post(TITLE, TEXT, List.of("Orbital Telecom")));
        assertThat(keys(s)).doesNotContain("orbital telecom");
    }

    @Test
    void oddInputGivesNoSuggestionsAndNoException() {
        assertThat(open.suggest(post("", "", List.of()))).isEmpty();
        assertThat(open.suggest(post("", "12 34 2024-03-14 ... !!! ", List.of()))).isEmpty();
        assertThat(open.suggest(post("x", "\u0000\uD800 <<<>>>", List.of()))).isEmpty();
        assertThatThrownBy(() -> open.suggest(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LabelSuggester.builder().maxSuggestions(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherLanguagesAreReadWithoutTheTagger() {
        String text = "Die Wärmepumpe im Keller läuft seit dem Winter. Die Wärmepumpe spart Strom, "
                + "und die Wärmepumpe ist leise. Der Heizstab bleibt aus.";
        List<LabelSuggestion> s = open.suggest(Post.builder().title("Unsere Wärmepumpe").text(text)
                .language(java.util.Optional.of("de")).build());
        assertThat(keys(s)).contains("wärmepumpe");
        assertThat(keys(s)).doesNotContain("die", "und", "der");
    }

    /** A small blog written for this test: two topics, each named in its posts. */
    private static List<LabelledText> blog() {
        List<LabelledText> posts = new ArrayList<>();
        String[] garden = {"tomatoes", "compost", "seedlings", "watering", "greenhouse", "mulch"};
        String[] code = {"compiler", "refactoring", "unit tests", "debugger", "build server", "git"};
        for (int i = 0; i < 60; i++) {
            boolean g = i % 2 == 0;
            String[] words = g ? garden : code;
            String text = "Today I worked on " + words[i % 6] + " and " + words[(i + 1) % 6] + ". More about "
                    + words[(i + 2) % 6] + " soon, " + (g ? "the garden" : "the code") + " keeps me busy.";
            posts.add(new LabelledText("Notes " + i, text, List.of(g ? "Garden" : "Programming")));
        }
        return posts;
    }

    @Test
    void modelLearnsTheBlogVocabularyAndRoundTrips() throws IOException {
        LabelModel model = LabelModel.train(blog(), open);
        assertThat(model.labels()).containsExactlyInAnyOrder("Garden", "Programming");
        LabelSuggester withModel = LabelSuggester.builder().model(model).build();
        List<LabelSuggestion> s = withModel.suggest(post("Spring", "The compost and the seedlings in the "
                + "greenhouse need watering.", List.of()));
        assertThat(s.get(0).label()).isEqualTo("Garden");
        assertThat(s.get(0).source()).isEqualTo(LabelSource.VOCABULARY);
        assertThat(s.get(0).recommended()).isTrue();
        assertThat(s.get(0).evidence()).isNotEmpty();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        LabelModel loaded = LabelModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(loaded.labels()).isEqualTo(model.labels());
        assertThat(LabelSuggester.builder().model(loaded).build().suggest(post("Spring", "The compost and the "
                + "seedlings in the greenhouse need watering.", List.of()))).isEqualTo(s);
    }

    @Test
    void badModelFilesAndEmptyTrainingAreRefused() {
        assertThatThrownBy(() -> LabelModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LabelModel.train(List.of(new LabelledText("t", "x", List.of())), open))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no post carries a label");
    }
}
