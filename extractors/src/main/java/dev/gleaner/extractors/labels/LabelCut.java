package dev.gleaner.extractors.labels;

import java.util.Arrays;
import java.util.Locale;

/**
 * The calibrated cut: how both sources' scores become one probability scale, and which ranked suggestions are
 * recommended. Vocabulary probabilities are recalibrated with a Platt map {@code sigmoid(slope * logit(p) +
 * intercept)}; open candidates get a logistic probability over {@link OpenCandidate#features} (or, without weights,
 * their open score as is). Every candidate is ranked by that probability, and one threshold recommends.
 *
 * @param threshold   a suggestion is recommended at this calibrated probability or above
 * @param openPerPost at most this many open suggestions are recommended per post
 * @param atLeastOne  recommend the best vocabulary label even below the threshold (when that raised F1 on calibration)
 * @param slope       Platt slope of the vocabulary probabilities
 * @param intercept   Platt intercept of the vocabulary probabilities
 * @param openWeights logistic weights over {@link OpenCandidate#features}, or empty to use the open score
 */
record LabelCut(double threshold, int openPerPost, boolean atLeastOne, double slope, double intercept,
                double[] openWeights) {

    /** Vocabulary probabilities are clamped this far from 0 and 1 before the logit. */
    private static final double EPSILON = 1e-6;

    LabelCut {
        openWeights = openWeights.clone();
        if (openWeights.length != 0 && openWeights.length != OpenCandidate.FEATURES) {
            throw new IllegalArgumentException("open weights: " + openWeights.length + ", expected "
                    + OpenCandidate.FEATURES);
        }
    }

    /** A cut without recalibration: vocabulary probabilities and open scores as they are. */
    static LabelCut uncalibrated(double threshold, int openPerPost, boolean atLeastOne) {
        return new LabelCut(threshold, openPerPost, atLeastOne, 1, 0, new double[0]);
    }

    LabelCut withThreshold(double newThreshold, int newOpenPerPost, boolean newAtLeastOne) {
        return new LabelCut(newThreshold, newOpenPerPost, newAtLeastOne, slope, intercept, openWeights);
    }

    double vocabularyProbability(double p) {
        double q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
        return LabelClassifier.sigmoid(slope * Math.log(q / (1 - q)) + intercept);
    }

    double openProbability(OpenCandidate c, int rank) {
        if (openWeights.length == 0) {
            return c.score();
        }
        double[] x = c.features(rank);
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += openWeights[i] * x[i];
        }
        return LabelClassifier.sigmoid(z);
    }

    @Override
    public double[] openWeights() {
        return openWeights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelCut c && c.threshold == threshold && c.openPerPost == openPerPost
                && c.atLeastOne == atLeastOne && c.slope == slope && c.intercept == intercept
                && Arrays.equals(c.openWeights, openWeights);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(threshold) * 31 + Arrays.hashCode(openWeights);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "p>=%.2f (open at most %d) atLeastOne=%s platt=%.2f/%.2f open=%s",
                threshold, openPerPost, atLeastOne, slope, intercept, Arrays.toString(Arrays.stream(openWeights)
                        .map(w -> Math.round(w * 100) / 100.0).toArray()));
    }
}
