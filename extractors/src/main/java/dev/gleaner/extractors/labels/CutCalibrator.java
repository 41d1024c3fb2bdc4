package dev.gleaner.extractors.labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Calibrates the cut on held-out posts (the newest posts of the training part, scored by a model of the older ones),
 * counting every gold label of those posts, also the ones the model never saw (only the open source can find those):
 * <ol>
 *   <li>a Platt map of the vocabulary probabilities (the positive up-weighting of training skews them);</li>
 *   <li>a logistic probability of open candidates over their features ({@link OpenCandidate#features}): is this key
 *   phrase or entity one of the post's labels;</li>
 *   <li>the probability threshold, open labels per post, and whether the best vocabulary label is always recommended
 *   that maximise micro-F1.</li>
 * </ol>
 * Both fits are deterministic (Newton's method on the whole holdout).
 */
final class CutCalibrator {

    /** Thresholds tried, in probability steps of this size. */
    static final double THRESHOLD_STEP = 0.01;
    /** Most open labels per post tried. */
    static final int MAX_OPEN_PER_POST = 3;
    /** Most Newton steps of the logistic fits (they converge in under ten on marcusoft's holdout). */
    static final int FIT_STEPS = 50;
    /** The fits stop when no weight moves by more than this. */
    static final double FIT_TOLERANCE = 1e-6;
    /** L2 strength of the logistic fits: keeps weights finite when a holdout has few open positives. */
    static final double FIT_LAMBDA = 1e-3;
    /** Fewer gold open candidates than this in the holdout: open candidates keep their uncalibrated score. */
    static final int MIN_OPEN_POSITIVES = 3;

    private CutCalibrator() {
    }

    /** One candidate of a held-out post. */
    private record Candidate(boolean vocabulary, double[] x, boolean gold) {
    }

    /** One held-out post: its candidates (vocabulary in model order, then open in rank order). */
    private record Held(List<Candidate> candidates, int gold) {
    }

    static LabelCut calibrate(LabelModel model, List<LabelledText> holdout, KeyphraseFinder finder) {
        List<Held> posts = new ArrayList<>();
        int goldCount = 0;
        for (LabelledText p : holdout) {
            Set<String> gold = new HashSet<>();
            p.labels().forEach(l -> gold.add(l.strip().toLowerCase(Locale.ROOT)));
            List<LabelModel.Scored> scored = model.score(p.title(), p.text());
            Set<String> taken = new HashSet<>();
            List<Candidate> candidates = new ArrayList<>();
            for (LabelModel.Scored s : scored) {
                taken.add(LabelKeys.of(s.label()));
                candidates.add(new Candidate(true, new double[] {logit(s.probability()), 1},
                        gold.contains(s.label().toLowerCase(Locale.ROOT))));
            }
            int rank = 0;
            for (OpenCandidate c : finder.find(p.title(), p.text(), Optional.empty(), Optional.of(model::idf),
                    LabelSuggester.OPEN_CANDIDATES)) {
                if (taken.add(c.key())) {
                    candidates.add(new Candidate(false, c.features(rank++),
                            gold.contains(c.label().toLowerCase(Locale.ROOT))));
                }
            }
            posts.add(new Held(candidates, gold.size()));
            goldCount += gold.size();
        }
        double[] platt = fit(posts, true, 2);
        int openPositives = 0;
        for (Held h : posts) {
            for (Candidate c : h.candidates) {
                openPositives += !c.vocabulary && c.gold ? 1 : 0;
            }
        }
        double[] open = openPositives >= MIN_OPEN_POSITIVES ? fit(posts, false, OpenCandidate.FEATURES) : new double[0];
        LabelCut scale = new LabelCut(0.5, 0, false, platt[0], platt[1], open);

        // Calibrated probabilities of every candidate, in the order the ranker sees them.
        List<double[]> probabilities = new ArrayList<>(posts.size());
        for (Held h : posts) {
            double[] q = new double[h.candidates.size()];
            for (int i = 0; i < q.length; i++) {
                Candidate c = h.candidates.get(i);
                q[i] = c.vocabulary ? dot(platt, c.x, true) : open.length == 0 ? 0 : dot(open, c.x, true);
            }
            probabilities.add(q);
        }
        double bestF1 = -1;
        LabelCut best = LabelModelTrainer.DEFAULT_CUT;
        for (boolean atLeastOne : new boolean[] {false, true}) {
            for (int perPost = 0; perPost <= (open.length == 0 ? 0 : MAX_OPEN_PER_POST); perPost++) {
                for (double t = THRESHOLD_STEP; t < 1.0; t += THRESHOLD_STEP) {
                    int tp = 0;
                    int pred = 0;
                    for (int k = 0; k < posts.size(); k++) {
                        List<Candidate> cs = posts.get(k).candidates;
                        double[] q = probabilities.get(k);
                        boolean first = true;
                        int openTaken = 0;
                        for (int i = 0; i < q.length; i++) {
                            Candidate c = cs.get(i);
                            boolean rec;
                            if (c.vocabulary) {
                                rec = q[i] >= t || first && atLeastOne;
                                first = false;
                            } else {
                                rec = q[i] >= t && openTaken < perPost;
                                openTaken += rec ? 1 : 0;
                            }
                            if (rec) {
                                pred++;
                                tp += c.gold ? 1 : 0;
                            }
                        }
                    }
                    double f1 = 2.0 * tp / (pred + goldCount);
                    if (f1 > bestF1 + 1e-9) {
                        bestF1 = f1;
                        best = scale.withThreshold(round(t), perPost, atLeastOne);
                    }
                }
            }
        }
        return best;
    }

    /** Logistic regression over the candidates of one source, L2-regularised, deterministic. */
    private static double[] fit(List<Held> posts, boolean vocabulary, int dims) {
        List<Candidate> data = new ArrayList<>();
        for (Held h : posts) {
            for (Candidate c : h.candidates) {
                if (c.vocabulary == vocabulary) {
                    data.add(c);
                }
            }
        }
        double[] w = new double[dims];
        if (vocabulary) {
            w[0] = 1;
        }
        if (data.isEmpty()) {
            return w;
        }
        // Newton's method (iteratively reweighted least squares) with an L2 term: converges in a few steps whatever
        // the scale of the features, where gradient descent crawls along a feature of small range (the open score).
        for (int step = 0; step < FIT_STEPS; step++) {
            double[] g = new double[dims];
            double[][] h = new double[dims][dims];
            for (Candidate c : data) {
                double p = dot(w, c.x, true);
                double err = p - (c.gold ? 1 : 0);
                double v = Math.max(1e-9, p * (1 - p));
                for (int d = 0; d < dims; d++) {
                    g[d] += err * c.x[d];
                    for (int e = 0; e < dims; e++) {
                        h[d][e] += v * c.x[d] * c.x[e];
                    }
                }
            }
            for (int d = 0; d < dims; d++) {
                g[d] += FIT_LAMBDA * data.size() * w[d];
                h[d][d] += FIT_LAMBDA * data.size();
            }
            double[] delta = solve(h, g);
            double change = 0;
            for (int d = 0; d < dims; d++) {
                w[d] -= delta[d];
                change = Math.max(change, Math.abs(delta[d]));
            }
            if (change < FIT_TOLERANCE) {
                break;
            }
        }
        return w;
    }

    /** Solves {@code a x = b} for a small symmetric positive-definite {@code a} (Gaussian elimination). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = m[i][n];
            for (int j = i + 1; j < n; j++) {
                sum -= m[i][j] * x[j];
            }
            x[i] = sum / m[i][i];
        }
        return x;
    }

    private static double dot(double[] w, double[] x, boolean squash) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return squash ? LabelClassifier.sigmoid(z) : z;
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
