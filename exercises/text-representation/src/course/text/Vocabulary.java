package course.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable list of distinct words; the position of a word is its index, i.e. its dimension in one-hot,
 * bag-of-words and TF-IDF vectors. The words stay in the order they are given.
 */
public final class Vocabulary {

    private final List<String> words;
    private final Map<String, Integer> index = new HashMap<>();

    private Vocabulary(List<String> words) {
        this.words = words;
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
    }

    /**
     * Builds a vocabulary from a copy of the words, in their order. An empty vocabulary is allowed.
     *
     * @throws IllegalArgumentException if a word is empty or appears twice
     */
    public static Vocabulary of(List<String> words) {
        List<String> copy = List.copyOf(words);
        Vocabulary v = new Vocabulary(copy);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isEmpty()) {
                throw new IllegalArgumentException("word " + i + " is empty; a token has at least one character");
            }
            if (v.index.get(copy.get(i)) != i) {
                throw new IllegalArgumentException("the word '" + copy.get(i) + "' appears twice, at "
                        + copy.indexOf(copy.get(i)) + " and at " + i);
            }
        }
        return v;
    }

    /** Returns the number of words, the dimension of every vector over this vocabulary. */
    public int size() {
        return words.size();
    }

    /** Returns the words in index order (an unmodifiable list). */
    public List<String> words() {
        return words;
    }

    /**
     * Returns the word at an index.
     *
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public String word(int i) {
        return words.get(i);
    }

    /** Returns the index of a word, or -1 if it is not in the vocabulary. */
    public int indexOf(String word) {
        return index.getOrDefault(Objects.requireNonNull(word, "word"), -1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && words.equals(v.words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return "Vocabulary " + words;
    }
}
