package dev.gleaner.extractors.labels;

import dev.gleaner.model.LabelSource;
import dev.gleaner.model.LabelSuggestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the vocabulary and open sources into one ranked list and applies the cut: the post's own labels are left
 * out, an open candidate that is a vocabulary label is the vocabulary label, and open scores are mapped onto the
 * vocabulary scale so that both cuts sit at the same rank score (recommended entries come first).
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
            boolean rec = s.probability() >= cut.vocabulary() || first && cut.atLeastOne();
            first = false;
            (rec ? recommended : rest).add(new LabelSuggestion(s.label(), s.probability(), LabelSource.VOCABULARY,
                    s.evidence(), rec));
        }
        // Open scores map onto the vocabulary scale so that the open cut lands on the vocabulary cut; when the
        // calibration recommends no open label at all, open candidates rank just below the vocabulary cut.
        double scale = cut.openPerPost() > 0 && cut.open() > 0 ? Math.min(1.0, cut.vocabulary()) / cut.open()
                : Math.min(1.0, cut.vocabulary());
        int openRecommended = 0;
        for (OpenCandidate c : open) {
            if (!taken.add(c.key())) {
                continue;
            }
            boolean rec = c.score() >= cut.open() && openRecommended < cut.openPerPost();
            if (rec) {
                openRecommended++;
            }
            double score = Math.min(1.0, c.score() * scale);
            (rec ? recommended : rest).add(new LabelSuggestion(c.label(), score, c.source(), c.evidence(), rec));
        }
        java.util.Comparator<LabelSuggestion> byScore = (a, b) -> Double.compare(b.score(), a.score());
        recommended.sort(byScore);
        rest.sort(byScore);
        List<LabelSuggestion> out = new ArrayList<>(recommended);
        out.addAll(rest);
        return List.copyOf(out.size() > max ? out.subList(0, max) : out);
    }
}
