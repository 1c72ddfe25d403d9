package course.text;

import java.util.List;

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
        throw new UnsupportedOperationException("TODO oneHot: a 1 at the word's index");
    }

    /**
     * Returns the bag of words of a document: entry {@code i} counts how often vocabulary word {@code i} occurs
     * among the document's tokens ({@link Tokenizer#tokenize(String)}); tokens outside the vocabulary are ignored.
     */
    public static double[] bagOfWords(String document, Vocabulary vocabulary) {
        throw new UnsupportedOperationException("TODO bagOfWords: count the document's tokens");
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
        throw new UnsupportedOperationException("TODO tfIdf: tf(t, d) * ln(N / df(t))");
    }

    /**
     * Returns {@code a . b / (|a| |b|)}, or 0 when {@code a} or {@code b} is all zeros (no direction, no
     * evidence of similarity).
     *
     * @throws IllegalArgumentException if the vectors differ in length
     */
    public static double cosine(double[] a, double[] b) {
        throw new UnsupportedOperationException("TODO cosine: a . b / (|a| |b|), 0 for a zero vector");
    }
}
