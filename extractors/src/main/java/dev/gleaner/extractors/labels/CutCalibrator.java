package dev.gleaner.extractors.labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the cut that maximises micro-F1 on held-out posts, counting every gold label of those posts, also the
 * ones the model never saw (only the open source can find those): a grid over the vocabulary probability cut, the
 * open score cut, the number of open labels per post, and whether the best vocabulary label is always recommended.
 */
final class CutCalibrator {

    /** Vocabulary thresholds tried, in probability steps of this size. */
    static final double VOCABULARY_STEP = 0.01;
    /** Open-score thresholds tried, in steps of this size. */
    static final double OPEN_STEP = 0.025;
    /** Most open labels per post tried. */
    static final int MAX_OPEN_PER_POST = 3;

    private CutCalibrator() {
    }

    /** One post's candidates: scores and whether each is a gold label, in rank order. */
    private record Candidates(double[] vocabulary, boolean[] vocabularyGold, double[] open, boolean[] openGold,
                              int gold) {
    }

    static LabelCut calibrate(LabelModel model, List<LabelledText> holdout, KeyphraseFinder finder) {
        List<Candidates> posts = new ArrayList<>();
        int goldCount = 0;
        for (LabelledText p : holdout) {
            Set<String> gold = new HashSet<>();
            p.labels().forEach(l -> gold.add(l.strip().toLowerCase(Locale.ROOT)));
            List<LabelModel.Scored> scored = model.score(p.title(), p.text());
            Set<String> taken = new HashSet<>();
            double[] v = new double[scored.size()];
            boolean[] vg = new boolean[scored.size()];
            for (int i = 0; i < scored.size(); i++) {
                v[i] = scored.get(i).probability();
                vg[i] = gold.contains(scored.get(i).label().toLowerCase(Locale.ROOT));
                taken.add(LabelKeys.of(scored.get(i).label()));
            }
            List<OpenCandidate> open = finder.find(p.title(), p.text(), Optional.empty(),
                    Optional.of(model::idf), LabelSuggester.DEFAULT_MAX_SUGGESTIONS).stream()
                    .filter(c -> !taken.contains(c.key())).toList();
            double[] o = new double[open.size()];
            boolean[] og = new boolean[open.size()];
            for (int i = 0; i < open.size(); i++) {
                o[i] = open.get(i).score();
                og[i] = gold.contains(open.get(i).label().toLowerCase(Locale.ROOT));
            }
            posts.add(new Candidates(v, vg, o, og, gold.size()));
            goldCount += gold.size();
        }
        double bestF1 = -1;
        LabelCut best = LabelModelTrainer.DEFAULT_CUT;
        for (boolean atLeastOne : new boolean[] {false, true}) {
            for (double tv = VOCABULARY_STEP; tv < 1.0; tv += VOCABULARY_STEP) {
                int tpV = 0;
                int predV = 0;
                for (Candidates c : posts) {
                    for (int r = 0; r < c.vocabulary.length; r++) {
                        if (c.vocabulary[r] >= tv || atLeastOne && r == 0) {
                            predV++;
                            tpV += c.vocabularyGold[r] ? 1 : 0;
                        }
                    }
                }
                for (int perPost = 0; perPost <= MAX_OPEN_PER_POST; perPost++) {
                    for (double to = OPEN_STEP; to < 1.0; to += OPEN_STEP) {
                        int tp = tpV;
                        int pred = predV;
                        for (Candidates c : posts) {
                            int taken = 0;
                            for (int r = 0; r < c.open.length && taken < perPost; r++) {
                                if (c.open[r] >= to) {
                                    taken++;
                                    pred++;
                                    tp += c.openGold[r] ? 1 : 0;
                                }
                            }
                        }
                        double f1 = 2.0 * tp / (pred + goldCount);
                        if (f1 > bestF1 + 1e-9) {
                            bestF1 = f1;
                            best = new LabelCut(round(tv), round(to), perPost, atLeastOne);
                        }
                        if (perPost == 0) {
                            break;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
