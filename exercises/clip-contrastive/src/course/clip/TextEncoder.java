package course.clip;

/**
 * The text tower of a CLIP model, seen from outside: it maps a text to its embedding. Embeddings need not be
 * normalised; every text of one encoder has the same number of dimensions.
 */
@FunctionalInterface
public interface TextEncoder {

    /**
     * Returns the embedding of one text.
     *
     * @param text the text, e.g. {@code "a photo of a dog"}
     * @return a new array of finite numbers
     */
    double[] encode(String text);
}
