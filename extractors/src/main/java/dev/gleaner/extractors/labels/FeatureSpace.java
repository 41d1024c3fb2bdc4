package dev.gleaner.extractors.labels;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF over words and word bigrams of a post's title and text: the features of the vocabulary source.
 * Language-neutral (tokens from {@link Terms}; no stop list, no stemming). Immutable.
 */
final class FeatureSpace {

    /** Title words count this many times as often as body words: a title names the topic. */
    static final int TITLE_WEIGHT = 3;
    /** Separates the two words of a bigram feature (never inside a token). */
    static final char BIGRAM_JOINER = ' ';

    private final Map<String, Integer> index;
    private final String[] names;
    private final float[] idf;
    private final int documents;

    FeatureSpace(Map<String, Integer> index, float[] idf, int documents) {
        this.index = Map.copyOf(index);
        this.idf = idf.clone();
        this.documents = documents;
        this.names = new String[idf.length];
        index.forEach((k, v) -> names[v] = k);
    }

    /**
     * Learns the features of a corpus: every unigram and bigram in at least {@code minDocs} documents.
     *
     * @param documents token terms of each document (title terms already repeated)
     */
    static FeatureSpace fit(List<List<String>> documents, int minDocs) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> doc : documents) {
            for (String f : new java.util.HashSet<>(features(doc))) {
                df.merge(f, 1, Integer::sum);
            }
        }
        String[] kept = df.entrySet().stream().filter(e -> e.getValue() >= minDocs).map(Map.Entry::getKey)
                .sorted().toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        float[] idf = new float[kept.length];
        for (int i = 0; i < kept.length; i++) {
            index.put(kept[i], i);
            idf[i] = idf(documents.size(), df.get(kept[i]));
        }
        return new FeatureSpace(index, idf, documents.size());
    }

    /** Smoothed inverse document frequency. */
    static float idf(int documents, int df) {
        return (float) (Math.log((documents + 1.0) / (df + 1.0)) + 1.0);
    }

    /** The unigram and bigram features of a term sequence (numbers are not features). */
    static List<String> features(List<String> terms) {
        List<String> out = new java.util.ArrayList<>(terms.size() * 2);
        String previous = null;
        for (String t : terms) {
            out.add(t);
            if (previous != null) {
                out.add(previous + BIGRAM_JOINER + t);
            }
            previous = t;
        }
        return out;
    }

    /** The document's terms as the features see them: title terms repeated, then the text terms. */
    static List<String> documentTerms(String title, String text) {
        List<String> titleTerms = Terms.terms(title);
        List<String> terms = new java.util.ArrayList<>();
        for (int i = 0; i < TITLE_WEIGHT; i++) {
            terms.addAll(titleTerms);
        }
        terms.addAll(Terms.terms(text));
        return terms;
    }

    /** The L2-normalised, sublinear TF-IDF vector of a document's terms. */
    SparseVector vector(List<String> terms) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String f : features(terms)) {
            Integer i = index.get(f);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return SparseVector.EMPTY;
        }
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[indices.length];
        double norm = 0;
        for (int k = 0; k < indices.length; k++) {
            double v = (1.0 + Math.log(counts.get(indices[k]))) * idf[indices[k]];
            values[k] = (float) v;
            norm += v * v;
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        for (int k = 0; k < values.length; k++) {
            values[k] *= inv;
        }
        return new SparseVector(indices, values);
    }

    /** Number of features. */
    int size() {
        return idf.length;
    }

    /** Number of documents the features were learned from. */
    int documents() {
        return documents;
    }

    /** The feature names, by index. */
    String[] names() {
        return names.clone();
    }

    /** The name of one feature. */
    String name(int i) {
        return names[i];
    }

    /** The inverse document frequencies, by index. */
    float[] idf() {
        return Arrays.copyOf(idf, idf.length);
    }

    /** The index of a feature, or -1. */
    int indexOf(String feature) {
        Integer i = index.get(feature);
        return i == null ? -1 : i;
    }

    /** The inverse document frequency of a feature, or the value of an unseen one. */
    float idfOf(String feature) {
        Integer i = index.get(feature);
        return i == null ? idf(documents, 0) : idf[i];
    }
}
