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
    private static final int FORMAT_VERSION = 2;
    /** Format 1 (before calibrated probabilities): its cut is read as a plain threshold, open labels unrecommended. */
    private static final int FORMAT_VERSION_1 = 1;

    private final FeatureSpace features;
    private final List<LabelClassifier> classifiers;
    private final List<LabelMentions> mentions;
    private final LabelCut cut;
    private final int trainingPosts;
    /** Every classifier's weights, feature-major: the weight of feature f for label l is at f * labels + l. */
    private final float[] byFeature;

    LabelModel(FeatureSpace features, List<LabelClassifier> classifiers, LabelCut cut, int trainingPosts) {
        this.features = features;
        this.classifiers = List.copyOf(classifiers);
        this.mentions = this.classifiers.stream().map(c -> new LabelMentions(c.label())).toList();
        this.cut = cut;
        this.trainingPosts = trainingPosts;
        int labels = this.classifiers.size();
        this.byFeature = new float[features.size() * labels];
        for (int l = 0; l < labels; l++) {
            LabelClassifier c = this.classifiers.get(l);
            for (int k = 0; k < c.indices().length; k++) {
                byFeature[c.indices()[k] * labels + l] = c.weights()[k];
            }
        }
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
        if (version != FORMAT_VERSION && version != FORMAT_VERSION_1) {
            throw new IOException("label model format " + version + " is not supported (this version reads "
                    + FORMAT_VERSION + ")");
        }
        int trainingPosts = in.readInt();
        LabelCut cut = version == FORMAT_VERSION_1 ? readCutVersion1(in) : readCut(in);
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

    private static LabelCut readCutVersion1(DataInputStream in) throws IOException {
        double vocabulary = in.readDouble();
        in.readDouble();
        in.readInt();
        return LabelCut.uncalibrated(vocabulary, 0, in.readBoolean());
    }

    private static LabelCut readCut(DataInputStream in) throws IOException {
        double threshold = in.readDouble();
        int openPerPost = in.readInt();
        boolean atLeastOne = in.readBoolean();
        double slope = in.readDouble();
        double intercept = in.readDouble();
        int n = in.readInt();
        if (n != 0 && n != OpenCandidate.FEATURES) {
            throw new IOException("label model is corrupt: " + n + " open weights");
        }
        double[] open = new double[n];
        for (int i = 0; i < n; i++) {
            open[i] = in.readDouble();
        }
        return new LabelCut(threshold, openPerPost, atLeastOne, slope, intercept, open);
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
        out.writeDouble(cut.threshold());
        out.writeInt(cut.openPerPost());
        out.writeBoolean(cut.atLeastOne());
        out.writeDouble(cut.slope());
        out.writeDouble(cut.intercept());
        double[] open = cut.openWeights();
        out.writeInt(open.length);
        for (double w : open) {
            out.writeDouble(w);
        }
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

    /** Every label's probability for a post, highest first, with evidence for all of them. */
    List<Scored> score(String title, String text) {
        return score(PostView.of(features, title, text), classifiers.size());
    }

    /**
     * Every label's probability for a post, highest first; only the first {@code evidenceFor} carry evidence (the
     * rest have none: a suggestion list shows only its head). One pass over the post's features adds each feature's
     * weight for every label (the weights are held feature-major), so a post costs its features times the labels.
     */
    List<Scored> score(PostView view, int evidenceFor) {
        int labels = classifiers.size();
        double[] z = new double[labels];
        for (int l = 0; l < labels; l++) {
            z[l] = classifiers.get(l).bias();
        }
        int[] idx = view.vector().indices();
        float[] val = view.vector().values();
        for (int k = 0; k < idx.length; k++) {
            int base = idx[k] * labels;
            float v = val[k];
            for (int l = 0; l < labels; l++) {
                z[l] += v * byFeature[base + l];
            }
        }
        TermIndex text = new TermIndex(view.textKeys());
        TermIndex title = new TermIndex(view.titleKeys());
        int[] written = new int[labels];
        Integer[] order = new Integer[labels];
        double[] p = new double[labels];
        for (int l = 0; l < labels; l++) {
            LabelClassifier c = classifiers.get(l);
            int inText = mentions.get(l).count(text);
            int inTitle = mentions.get(l).count(title);
            written[l] = inText + inTitle;
            p[l] = LabelClassifier.sigmoid(z[l] + c.mentionWeight() * LabelClassifier.mentionFeature(inText)
                    + c.titleWeight() * (inTitle > 0 ? 1 : 0));
            order[l] = l;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(p[y], p[x]));
        List<Scored> out = new ArrayList<>(labels);
        for (int r = 0; r < labels; r++) {
            int l = order[r];
            out.add(new Scored(classifiers.get(l).label(), p[l], r < evidenceFor ? evidence(l, written[l], view)
                    : List.of()));
        }
        return out;
    }

    private List<String> evidence(int l, int written, PostView view) {
        List<String> out = new ArrayList<>(EVIDENCE_FEATURES + 1);
        String label = classifiers.get(l).label();
        if (written > 0) {
            out.add("'" + label + "' x" + written);
        }
        int labels = classifiers.size();
        int[] idx = view.vector().indices();
        float[] val = view.vector().values();
        int[] best = new int[EVIDENCE_FEATURES];
        double[] bestValue = new double[EVIDENCE_FEATURES];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < idx.length; i++) {
            double v = val[i] * byFeature[idx[i] * labels + l];
            for (int k = 0; k < EVIDENCE_FEATURES; k++) {
                if (v > 0 && (best[k] < 0 || v > bestValue[k])) {
                    System.arraycopy(best, k, best, k + 1, EVIDENCE_FEATURES - k - 1);
                    System.arraycopy(bestValue, k, bestValue, k + 1, EVIDENCE_FEATURES - k - 1);
                    best[k] = idx[i];
                    bestValue[k] = v;
                    break;
                }
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
