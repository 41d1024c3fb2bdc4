package dev.gleaner.extractors.labels;

/**
 * One label's linear classifier: logistic regression over the TF-IDF vector plus two mention features (how often
 * the label is written in the text, whether it is in the title). Immutable; weights are kept sparse.
 *
 * @param label        the label, as the blog writes it
 * @param indices      feature indices with a weight, ascending
 * @param weights      their weights
 * @param bias         the intercept
 * @param mentionWeight weight of log(1 + mentions in the text)
 * @param titleWeight  weight of "the label is written in the title"
 * @param positives    training posts that carried the label
 */
record LabelClassifier(String label, int[] indices, float[] weights, float bias, float mentionWeight,
                       float titleWeight, int positives) {

    /** The probability that the post carries the label, and how many times it is written there. */
    double probability(PostView post, LabelMentions mentions) {
        return sigmoid(margin(post, mentions));
    }

    double margin(PostView post, LabelMentions mentions) {
        double z = bias;
        int[] idx = post.vector().indices();
        float[] val = post.vector().values();
        int i = 0;
        int j = 0;
        while (i < idx.length && j < indices.length) {
            if (idx[i] == indices[j]) {
                z += val[i++] * weights[j++];
            } else if (idx[i] < indices[j]) {
                i++;
            } else {
                j++;
            }
        }
        z += mentionWeight * mentionFeature(mentions.count(post.textKeys()));
        z += titleWeight * (mentions.count(post.titleKeys()) > 0 ? 1 : 0);
        return z;
    }

    static double mentionFeature(int count) {
        return Math.log1p(count);
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
