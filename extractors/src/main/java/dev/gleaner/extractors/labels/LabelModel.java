package dev.gleaner.extractors.labels;

import dev.gleaner.internal.Validate;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A blog's label vocabulary, learned from its labelled posts: one linear classifier per label over TF-IDF of the
 * post's words and bigrams plus where the label itself is written, and the calibrated cut that says how many labels
 * to recommend. Language-neutral: nothing in it assumes English. Immutable and thread-safe; build one with {@link
 * #train} or {@link #load}, keep it, share it.
 *
 * <p>The file format is a gzip'd binary (magic {@code GLNLBL}, a format version, the labels, the feature table and
 * the sparse weights); a model of a thousand posts is a few hundred kilobytes.
 */
public final class LabelModel {

    private static final int MAGIC = 0x474C4E4C; // "GLNL"
    private static final int FORMAT_VERSION = 1;

    private final FeatureSpace features;
    private final List<LabelClassifier> classifiers;
    private final List<LabelMentions> mentions;
    private final LabelCut cut;
    private final int trainingPosts;

    LabelModel(FeatureSpace features, List<LabelClassifier> classifiers, LabelCut cut, int trainingPosts) {
        this.features = features;
        this.classifiers = List.copyOf(classifiers);
        this.mentions = this.classifiers.stream().map(c -> new LabelMentions(c.label())).toList();
        this.cut = cut;
        this.trainingPosts = trainingPosts;
    }

    /**
     * Learns the label vocabulary of the given posts (posts without labels teach the background statistics only).
     * Takes a few seconds for a thousand posts. Posts should be in publication order, oldest first: the newest
     * fifth calibrates the cut.
     *
     * @throws IllegalArgumentException when no post carries a label
     */
    public static LabelModel train(Collection<LabelledText> posts) {
        return train(posts, LabelSuggester.open());
    }

    /**
     * Learns the label vocabulary of the given posts, calibrating the cut together with the open source of
     * {@code suggester} (use this overload to share an already-loaded suggester and its tagger).
     *
     * @throws IllegalArgumentException when no post carries a label
     */
    public static LabelModel train(Collection<LabelledText> posts, LabelSuggester suggester) {
        Validate.notNull(suggester, "suggester");
        return LabelModelTrainer.train(List.copyOf(Validate.notNull(posts, "posts")), suggester.keyphrases());
    }

    /** Reads a model saved with {@link #save}. */
    public static LabelModel load(Path file) throws IOException {
        Validate.notNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a model from a stream (which is not closed).
     *
     * @throws IOException when the stream is not a label model of a format this version reads
     */
    public static LabelModel read(InputStream stream) throws IOException {
        Validate.notNull(stream, "stream");
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Gleaner label model");
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("label model format " + version + " is not supported (this version reads "
                    + FORMAT_VERSION + ")");
        }
        int trainingPosts = in.readInt();
        LabelCut cut = new LabelCut(in.readDouble(), in.readDouble(), in.readInt(), in.readBoolean());
        int documents = in.readInt();
        int size = in.readInt();
        checkCount(size);
        Map<String, Integer> index = new HashMap<>(size * 2);
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            index.put(in.readUTF(), i);
            idf[i] = in.readFloat();
        }
        int labels = in.readInt();
        checkCount(labels);
        List<LabelClassifier> classifiers = new ArrayList<>(labels);
        for (int l = 0; l < labels; l++) {
            String label = in.readUTF();
            int positives = in.readInt();
            float bias = in.readFloat();
            float mention = in.readFloat();
            float title = in.readFloat();
            int nnz = in.readInt();
            checkCount(nnz);
            int[] indices = new int[nnz];
            float[] weights = new float[nnz];
            for (int k = 0; k < nnz; k++) {
                indices[k] = in.readInt();
                weights[k] = in.readFloat();
                if (indices[k] < 0 || indices[k] >= size || k > 0 && indices[k] <= indices[k - 1]) {
                    throw new IOException("label model is corrupt: bad feature index for " + label);
                }
            }
            classifiers.add(new LabelClassifier(label, indices, weights, bias, mention, title, positives));
        }
        return new LabelModel(new FeatureSpace(index, idf, documents), classifiers, cut, trainingPosts);
    }

    private static void checkCount(int n) throws IOException {
        if (n < 0 || n > 50_000_000) {
            throw new IOException("label model is corrupt: count " + n);
        }
    }

    /** Saves the model to a file (replaced if it exists). */
    public void save(Path file) throws IOException {
        Validate.notNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    /** Writes the model to a stream (which is flushed, not closed). */
    public void write(OutputStream stream) throws IOException {
        Validate.notNull(stream, "stream");
        GZIPOutputStream gzip = new GZIPOutputStream(stream);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(trainingPosts);
        out.writeDouble(cut.vocabulary());
        out.writeDouble(cut.open());
        out.writeInt(cut.openPerPost());
        out.writeBoolean(cut.atLeastOne());
        out.writeInt(features.documents());
        String[] names = features.names();
        float[] idf = features.idf();
        out.writeInt(names.length);
        for (int i = 0; i < names.length; i++) {
            out.writeUTF(names[i]);
            out.writeFloat(idf[i]);
        }
        out.writeInt(classifiers.size());
        for (LabelClassifier c : classifiers) {
            out.writeUTF(c.label());
            out.writeInt(c.positives());
            out.writeFloat(c.bias());
            out.writeFloat(c.mentionWeight());
            out.writeFloat(c.titleWeight());
            out.writeInt(c.indices().length);
            for (int k = 0; k < c.indices().length; k++) {
                out.writeInt(c.indices()[k]);
                out.writeFloat(c.weights()[k]);
            }
        }
        out.flush();
        gzip.finish();
        stream.flush();
    }

    /** The labels this model knows, as the blog writes them, most used first. */
    public List<String> labels() {
        return classifiers.stream().map(LabelClassifier::label).toList();
    }

    /** How many posts the model was trained on. */
    public int trainingPosts() {
        return trainingPosts;
    }

    FeatureSpace features() {
        return features;
    }

    LabelCut cut() {
        return cut;
    }

    /** A label's probability for a post, with the evidence for it. */
    record Scored(String label, double probability, List<String> evidence) {
    }

    /** Evidence words per label: the strongest features of the post that speak for it. */
    static final int EVIDENCE_FEATURES = 3;

    /** Every label's probability for a post, highest first. */
    List<Scored> score(String title, String text) {
        return score(PostView.of(features, title, text));
    }

    List<Scored> score(PostView view) {
        List<Scored> out = new ArrayList<>(classifiers.size());
        for (int l = 0; l < classifiers.size(); l++) {
            LabelMentions m = mentions.get(l);
            LabelClassifier c = classifiers.get(l);
            double p = c.probability(view, m);
            out.add(new Scored(c.label(), p, evidence(c, m, view)));
        }
        out.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return out;
    }

    private List<String> evidence(LabelClassifier c, LabelMentions m, PostView view) {
        List<String> out = new ArrayList<>(EVIDENCE_FEATURES + 1);
        int written = m.count(view.textKeys()) + m.count(view.titleKeys());
        if (written > 0) {
            out.add("'" + c.label() + "' x" + written);
        }
        int[] idx = view.vector().indices();
        float[] val = view.vector().values();
        int[] best = new int[EVIDENCE_FEATURES];
        double[] bestValue = new double[EVIDENCE_FEATURES];
        java.util.Arrays.fill(best, -1);
        int i = 0;
        int j = 0;
        int[] ci = c.indices();
        float[] cw = c.weights();
        while (i < idx.length && j < ci.length) {
            if (idx[i] == ci[j]) {
                double v = val[i] * cw[j];
                for (int k = 0; k < EVIDENCE_FEATURES; k++) {
                    if (v > 0 && (best[k] < 0 || v > bestValue[k])) {
                        System.arraycopy(best, k, best, k + 1, EVIDENCE_FEATURES - k - 1);
                        System.arraycopy(bestValue, k, bestValue, k + 1, EVIDENCE_FEATURES - k - 1);
                        best[k] = idx[i];
                        bestValue[k] = v;
                        break;
                    }
                }
                i++;
                j++;
            } else if (idx[i] < ci[j]) {
                i++;
            } else {
                j++;
            }
        }
        for (int b : best) {
            if (b >= 0) {
                out.add(features.name(b));
            }
        }
        return out;
    }

    /** The background specificity of a term in this blog (its inverse document frequency). */
    double idf(String term) {
        return features.idfOf(term);
    }

    @Override
    public String toString() {
        return "LabelModel[" + classifiers.size() + " labels, " + features.size() + " features, " + trainingPosts
                + " posts, cut " + cut + "]";
    }

    LabelModel withCut(LabelCut newCut) {
        return new LabelModel(features, classifiers, newCut, trainingPosts);
    }

}
