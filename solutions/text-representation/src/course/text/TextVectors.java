package course.text;

import java.util.List;
import java.util.Objects;

import course.linalg.Matrix;

/**
 * Vectors over a vocabulary: one-hot vectors of words, bag-of-words counts and TF-IDF weights of documents, and
 * the cosine similarity that compares them.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class TextVectors {

    private TextVectors() {
    }

    /**
     * Returns the one-hot vector of a word: {@code vocabulary.size()} entries, 1 at the word's index, 0 elsewhere.
     *
     * @throws IllegalArgumentException if the word is not in the vocabulary (it is looked up as given)
     */
    public static double[] oneHot(String word, Vocabulary vocabulary) {
        int i = vocabulary.indexOf(word);
        if (i < 0) {
            throw new IllegalArgumentException("'" + word + "' is not in the vocabulary");
        }
        double[] v = new double[vocabulary.size()];
        v[i] = 1;
        return v;
    }

    /**
     * Returns the bag of words of a document: entry {@code i} counts how often vocabulary word {@code i} occurs
     * among the document's tokens ({@link Tokenizer#tokenize(String)}); tokens outside the vocabulary are ignored.
     */
    public static double[] bagOfWords(String document, Vocabulary vocabulary) {
        double[] counts = new double[vocabulary.size()];
        for (String token : Tokenizer.tokenize(document)) {
            int i = vocabulary.indexOf(token);
            if (i >= 0) {
                counts[i]++;
            }
        }
        return counts;
    }

    /**
     * Returns the {@code N x |V|} TF-IDF matrix of a corpus of {@code N} documents: entry {@code (d, t)} is
     * {@code tf(t, d) * ln(N / df(t))}, where {@code tf(t, d)} is the count of word {@code t} in document
     * {@code d} (its bag of words) and {@code df(t)} the number of documents that contain {@code t}; a word that
     * occurs in no document has weight 0.
     *
     * @throws IllegalArgumentException if there is no document or the vocabulary is empty
     */
    public static Matrix tfIdf(List<String> documents, Vocabulary vocabulary) {
        Objects.requireNonNull(documents, "documents");
        if (documents.isEmpty() || vocabulary.size() == 0) {
            throw new IllegalArgumentException("TF-IDF needs at least one document and one vocabulary word, got "
                    + documents.size() + " documents and " + vocabulary.size() + " words");
        }
        double[][] tf = new double[documents.size()][];
        int[] df = new int[vocabulary.size()];
        for (int d = 0; d < tf.length; d++) {
            tf[d] = bagOfWords(documents.get(d), vocabulary);
            for (int t = 0; t < df.length; t++) {
                if (tf[d][t] > 0) {
                    df[t]++;
                }
            }
        }
        for (double[] row : tf) {
            for (int t = 0; t < df.length; t++) {
                row[t] = df[t] == 0 ? 0 : row[t] * Math.log((double) tf.length / df[t]);
            }
        }
        return Matrix.of(tf);
    }

    /**
     * Returns {@code a . b / (|a| |b|)}, or 0 when {@code a} or {@code b} is all zeros (no direction, no
     * evidence of similarity).
     *
     * @throws IllegalArgumentException if the vectors differ in length
     */
    public static double cosine(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " entries");
        }
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
    }
}
