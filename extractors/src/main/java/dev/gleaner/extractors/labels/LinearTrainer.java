package dev.gleaner.extractors.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains one {@link LabelClassifier} per label: L2-regularised logistic regression by stochastic gradient descent
 * (Bottou's decaying rate), positives up-weighted because most labels are rare. Deterministic (fixed seed).
 */
final class LinearTrainer {

    /** Passes over the training posts. Calibrated on marcusoft (train part): gains flatten after ~15. */
    static final int EPOCHS = 20;
    /** L2 strength per example. Calibrated on marcusoft (train part, chronological holdout). */
    static final double LAMBDA = 1e-4;
    /** Initial learning rate. */
    static final double RATE = 0.5;
    /** Cap on the positive-class weight sqrt(negatives / positives), so a label seen once does not dominate. */
    static final double MAX_POSITIVE_WEIGHT = 5.0;
    /** Weights smaller than this are dropped from the saved model (keeps the file small; no measurable loss). */
    static final float WEIGHT_EPSILON = 1e-3f;
    /** Shuffle seed: training is reproducible. */
    private static final long SEED = 20240314L;

    private LinearTrainer() {
    }

    /**
     * One classifier per label.
     *
     * @param posts    the posts' views
     * @param labels   for each post, the indices of its labels
     * @param names    label names by index
     * @param mentions label mention finders by index
     * @param sampleWeights weight of each post's loss (recent posts weigh more, see {@link #recencyWeights})
     */
    static List<LabelClassifier> train(List<PostView> posts, List<int[]> labels, List<String> names,
                                       List<LabelMentions> mentions, int features, double[] sampleWeights) {
        int n = posts.size();
        List<LabelClassifier> out = new ArrayList<>(names.size());
        for (int l = 0; l < names.size(); l++) {
            boolean[] y = new boolean[n];
            int positives = 0;
            double[] mention = new double[n];
            double[] title = new double[n];
            for (int i = 0; i < n; i++) {
                for (int k : labels.get(i)) {
                    if (k == l) {
                        y[i] = true;
                        positives++;
                    }
                }
                mention[i] = LabelClassifier.mentionFeature(mentions.get(l).count(posts.get(i).textKeys()));
                title[i] = mentions.get(l).count(posts.get(i).titleKeys()) > 0 ? 1 : 0;
            }
            double positiveWeight = positives == 0 ? 1
                    : Math.min(MAX_POSITIVE_WEIGHT, Math.sqrt((n - positives) / (double) positives));
            out.add(trainOne(names.get(l), posts, y, mention, title, positiveWeight, positives, features,
                    sampleWeights));
        }
        return out;
    }

    private static LabelClassifier trainOne(String name, List<PostView> posts, boolean[] y, double[] mention,
                                            double[] title, double positiveWeight, int positives, int features,
                                            double[] sampleWeights) {
        double[] w = new double[features];
        double scale = 1.0;  // w_true = scale * w, so the L2 shrink is O(1) per step
        double wm = 0;
        double wt = 0;
        double b = 0;
        int n = posts.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(SEED);
        long t = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            for (int i : order) {
                double rate = RATE / (1.0 + RATE * LAMBDA * t++);
                SparseVector x = posts.get(i).vector();
                double z = b + wm * mention[i] + wt * title[i];
                int[] idx = x.indices();
                float[] val = x.values();
                double dot = 0;
                for (int k = 0; k < idx.length; k++) {
                    dot += val[k] * w[idx[k]];
                }
                z += scale * dot;
                double p = LabelClassifier.sigmoid(z);
                double g = (y[i] ? positiveWeight * (p - 1) : p) * sampleWeights[i];
                scale *= (1.0 - rate * LAMBDA);
                if (scale < 1e-9) {
                    for (int k = 0; k < features; k++) {
                        w[k] *= scale;
                    }
                    scale = 1.0;
                }
                double step = rate * g / scale;
                for (int k = 0; k < idx.length; k++) {
                    w[idx[k]] -= step * val[k];
                }
                wm = wm * (1.0 - rate * LAMBDA) - rate * g * mention[i];
                wt = wt * (1.0 - rate * LAMBDA) - rate * g * title[i];
                b -= rate * g;
            }
        }
        int kept = 0;
        for (int k = 0; k < features; k++) {
            if (Math.abs(w[k] * scale) >= WEIGHT_EPSILON) {
                kept++;
            }
        }
        int[] indices = new int[kept];
        float[] weights = new float[kept];
        int j = 0;
        for (int k = 0; k < features; k++) {
            double v = w[k] * scale;
            if (Math.abs(v) >= WEIGHT_EPSILON) {
                indices[j] = k;
                weights[j++] = (float) v;
            }
        }
        return new LabelClassifier(name, indices, weights, (float) b, (float) wm, (float) wt, positives);
    }

    /**
     * Loss weights of posts in publication order (oldest first): a post {@code halfLife} posts older than the newest
     * weighs half as much. A blog's topics drift, and its newest posts are the best guide to its next ones.
     */
    static double[] recencyWeights(int posts, double halfLife) {
        double[] w = new double[posts];
        for (int i = 0; i < posts; i++) {
            w[i] = Math.pow(0.5, (posts - 1 - i) / halfLife);
        }
        return w;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
