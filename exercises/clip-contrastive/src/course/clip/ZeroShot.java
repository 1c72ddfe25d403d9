package course.clip;

import java.util.List;

import course.linalg.Matrix;

/**
 * Zero-shot classification with CLIP: every label becomes the prompt {@code "a photo of a <label>"}, and an image
 * gets the label whose prompt embedding is most similar to it.
 *
 * <p>Only {@code java.lang}, {@code java.util} and {@code java.math} may be used here.
 */
public final class ZeroShot {

    private ZeroShot() {
    }

    /**
     * Returns the prompt of a label: {@code "a photo of a " + label}, e.g. {@code "a photo of a dog"}.
     */
    public static String prompt(String label) {
        throw new UnsupportedOperationException("TODO prompt: a photo of a <label>");
    }

    /**
     * Classifies images by their similarity to the prompts of the labels. Row {@code i} of the probabilities is
     * the softmax over labels {@code j} of {@code cos(image i, encoder.encode(prompt(label j))) / tau}; the
     * prediction of image {@code i} is the label with the largest cosine similarity, the lowest index on a tie.
     *
     * @param images      {@code n x d} image embeddings (not necessarily normalised)
     * @param labels      the {@code k} class names, in order
     * @param encoder     the text encoder, called once per label with its prompt
     * @param temperature {@code tau}
     * @throws IllegalArgumentException if there is no label, the temperature is not finite and > 0, the encoder's
     *                                  embeddings do not have {@code d} dimensions, or an embedding is all zeros
     */
    public static ZeroShotResult classify(Matrix images, List<String> labels, TextEncoder encoder,
                                          double temperature) {
        throw new UnsupportedOperationException("TODO classify: prompts, cosines, softmax, argmax");
    }
}
