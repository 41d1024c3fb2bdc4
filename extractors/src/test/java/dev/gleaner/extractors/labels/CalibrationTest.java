package dev.gleaner.extractors.labels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.model.LabelSource;
import dev.gleaner.model.LabelSuggestion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static OpenCandidate open(String label, double score, boolean inTitle, int count) {
        return new OpenCandidate(label, LabelKeys.of(label), score, LabelSource.KEYPHRASE, List.of(label), inTitle,
                count, true);
    }

    @Test
    void everyCandidateIsRankedByItsCalibratedProbability() {
        // Open weights: constant -2, title +3 (a named-in-title candidate is likely, p = sigmoid(1) = 0.73).
        LabelCut cut = new LabelCut(0.5, 1, false, 1, 0, new double[] {-2, 0, 3, 0, 0, 0});
        List<LabelModel.Scored> vocabulary = List.of(new LabelModel.Scored("Agile", 0.9, List.of()),
                new LabelModel.Scored("Tools", 0.2, List.of()));
        List<LabelSuggestion> ranked = SuggestionRanker.rank(vocabulary,
                List.of(open("Koa", 0.3, true, 4), open("Callback", 0.3, false, 2)), Set.of(), cut, 10);
        assertThat(ranked).extracting(LabelSuggestion::label).containsExactly("Agile", "Koa", "Tools", "Callback");
        assertThat(ranked).extracting(LabelSuggestion::recommended).containsExactly(true, true, false, false);
    }

    @Test
    void openLabelsPerPostAreCapped() {
        LabelCut cut = new LabelCut(0.5, 1, false, 1, 0, new double[] {-2, 0, 3, 0, 0, 0});
        List<LabelSuggestion> ranked = SuggestionRanker.rank(List.of(),
                List.of(open("Koa", 0.3, true, 4), open("Heroku", 0.3, true, 2)), Set.of(), cut, 10);
        assertThat(ranked).filteredOn(LabelSuggestion::recommended).extracting(LabelSuggestion::label)
                .containsExactly("Koa");
    }

    @Test
    void calibratedCutSurvivesSaveAndLoad() throws IOException {
        List<LabelledText> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(new LabelledText("Garden " + i, "Compost, seedlings and the greenhouse.", List.of("Garden")));
            posts.add(new LabelledText("Code " + i, "The compiler and the unit tests.", List.of("Programming")));
        }
        LabelCut cut = new LabelCut(0.3, 2, true, 0.9, -0.4, new double[] {-3, 0.5, 0.7, -1, 0.5, 1.5});
        LabelModel model = LabelModel.train(posts, LabelSuggester.builder().withoutTagger().build()).withCut(cut);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        assertThat(LabelModel.read(new ByteArrayInputStream(bytes.toByteArray())).cut()).isEqualTo(cut);
    }

    @Test
    void indexedMentionsCountLikeAScan() {
        List<String> keys = LabelMentions.squashAll(Terms.terms("Impact mapping, then impact. ImpactMapping and "
                + "impact mapping again"));
        for (String label : List.of("Impact mapping", "impact", "mapping again", "Koa")) {
            LabelMentions m = new LabelMentions(label);
            assertThat(m.count(new TermIndex(keys))).as(label).isEqualTo(m.count(keys));
        }
    }

    @Test
    void recentPostsWeighMore() {
        double[] w = LinearTrainer.recencyWeights(5, 2);
        assertThat(w[4]).isEqualTo(1.0);
        assertThat(w[2]).isEqualTo(0.5);
        assertThat(w[0]).isLessThan(w[1]);
    }
}
