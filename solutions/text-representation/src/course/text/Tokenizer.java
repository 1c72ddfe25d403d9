package course.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Splits texts into tokens and collects the vocabulary of a corpus.
 *
 * <p>The rule: a token is a maximal run of characters {@code c} with {@code Character.isLetterOrDigit(c)};
 * every other character separates tokens. Tokens are lower-cased with {@code toLowerCase(Locale.ROOT)}.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /**
     * Returns the tokens of a text in order, repetitions included, e.g. {@code "Don't panic, Ada!"} gives
     * {@code [don, t, panic, ada]}; a text without letters or digits gives an empty list.
     */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                current.append(text.charAt(i));
            } else if (!current.isEmpty()) {
                tokens.add(current.toString().toLowerCase(Locale.ROOT));
                current.setLength(0);
            }
        }
        return tokens;
    }

    /**
     * Returns the vocabulary of a corpus: every distinct token of every document, sorted by
     * {@link String#compareTo(String)}. A corpus without tokens has the empty vocabulary.
     */
    public static Vocabulary vocabulary(List<String> documents) {
        TreeSet<String> words = new TreeSet<>();
        for (String d : documents) {
            words.addAll(tokenize(d));
        }
        return Vocabulary.of(new ArrayList<>(words));
    }
}
