package dev.gleaner.extractors.labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the cut that maximises micro-F1 on held-out posts, counting every gold label of those posts (also the
 * ones the model never saw, which only the open source can find).
 */
final class CutCalibrator {

    /** Thresholds tried, in probability steps of this size. */
    static final double STEP = 0.01;

    private CutCalibrator() {
    }

    static LabelCut calibrate(LabelModel model, List<LabelledText> holdout) {
        List<List<LabelModel.Scored>> scored = new ArrayList<>();
        List<Set<String>> gold = new ArrayList<>();
        int goldCount = 0;
        for (LabelledText p : holdout) {
            scored.add(model.score(p.title(), p.text()));
            Set<String> g = new HashSet<>();
            p.labels().forEach(l -> g.add(LabelModelTrainer.key(l)));
            gold.add(g);
            goldCount += g.size();
        }
        double bestF1 = -1;
        LabelCut best = LabelModelTrainer.DEFAULT_CUT;
        for (boolean atLeastOne : new boolean[] {false, true}) {
            for (double t = STEP; t < 1.0; t += STEP) {
                int tp = 0;
                int predicted = 0;
                for (int i = 0; i < scored.size(); i++) {
                    List<LabelModel.Scored> s = scored.get(i);
                    for (int r = 0; r < s.size(); r++) {
                        if (s.get(r).probability() >= t || atLeastOne && r == 0) {
                            predicted++;
                            if (gold.get(i).contains(LabelModelTrainer.key(s.get(r).label()))) {
                                tp++;
                            }
                        }
                    }
                }
                double f1 = 2.0 * tp / (predicted + goldCount);
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = new LabelCut(t, OpenCut.DEFAULT, atLeastOne);
                }
            }
        }
        return best;
    }
}
