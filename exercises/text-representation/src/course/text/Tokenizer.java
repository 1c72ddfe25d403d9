package course.text;

import java.util.List;
import java.util.Locale;

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
        throw new UnsupportedOperationException("TODO tokenize: maximal runs of letters and digits, lower-cased");
    }

    /**
     * Returns the vocabulary of a corpus: every distinct token of every document, sorted by
     * {@link String#compareTo(String)}. A corpus without tokens has the empty vocabulary.
     */
    public static Vocabulary vocabulary(List<String> documents) {
        throw new UnsupportedOperationException("TODO vocabulary: the distinct tokens, sorted");
    }
}
