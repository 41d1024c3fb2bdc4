package dev.gleaner.extractors.labels;

import dev.gleaner.model.LabelSource;
import dev.gleaner.model.LabelSuggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the vocabulary and open sources into one ranked list and applies the cut: the post's own labels are left
 * out, an open candidate that is a vocabulary label is the vocabulary label, and every candidate is ranked by its
 * calibrated probability ({@link LabelCut}), so a vocabulary label keeps its place above an open candidate that is
 * less likely, and a likely open candidate (a product named in the title and throughout) rises above weak vocabulary
 * labels. Recommended entries come first.
 */
final class SuggestionRanker {

    private SuggestionRanker() {
    }

    static List<LabelSuggestion> rank(List<LabelModel.Scored> vocabulary, List<OpenCandidate> open, Set<String> own,
                                      LabelCut cut, int max) {
        List<LabelSuggestion> recommended = new ArrayList<>();
        List<LabelSuggestion> rest = new ArrayList<>();
        Set<String> taken = new HashSet<>(own);
        boolean first = true;
        for (LabelModel.Scored s : vocabulary) {
            String key = LabelKeys.of(s.label());
            if (!taken.add(key)) {
                continue;
            }
            double p = cut.vocabularyProbability(s.probability());
            boolean rec = p >= cut.threshold() || first && cut.atLeastOne();
            first = false;
            (rec ? recommended : rest).add(new LabelSuggestion(s.label(), p, LabelSource.VOCABULARY,
                    s.evidence(), rec));
        }
        int openRecommended = 0;
        int rank = 0;
        for (OpenCandidate c : open) {
            if (!taken.add(c.key())) {
                continue;
            }
            double p = cut.openProbability(c, rank++);
            boolean rec = p >= cut.threshold() && openRecommended < cut.openPerPost();
            if (rec) {
                openRecommended++;
            }
            (rec ? recommended : rest).add(new LabelSuggestion(c.label(), p, c.source(), c.evidence(), rec));
        }
        Comparator<LabelSuggestion> byScore = (a, b) -> Double.compare(b.score(), a.score());
        recommended.sort(byScore);
        rest.sort(byScore);
        List<LabelSuggestion> out = new ArrayList<>(recommended);
        out.addAll(rest);
        return List.copyOf(out.size() > max ? out.subList(0, max) : out);
    }
}
