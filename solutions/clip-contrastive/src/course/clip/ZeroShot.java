package course.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        return "a photo of a " + Objects.requireNonNull(label, "label");
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
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(encoder, "encoder");
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("zero-shot classification needs at least one label");
        }
        double scale = Contrastive.logitScale(temperature);
        double[][] prompts = new double[labels.size()][];
        for (int j = 0; j < prompts.length; j++) {
            prompts[j] = encoder.encode(prompt(labels.get(j)));
        }
        double[][] similarity = Contrastive.cosineSimilarity(images, Matrix.of(prompts)).toArray();
        double[][] probabilities = new double[similarity.length][];
        List<Integer> predictions = new ArrayList<>();
        for (int i = 0; i < similarity.length; i++) {
            double[] logits = similarity[i].clone();
            int best = 0;
            for (int j = 0; j < logits.length; j++) {
                if (similarity[i][j] > similarity[i][best]) {
                    best = j;
                }
                logits[j] *= scale;
            }
            double lse = Contrastive.logSumExp(logits);
            for (int j = 0; j < logits.length; j++) {
                logits[j] = Math.exp(logits[j] - lse);
            }
            probabilities[i] = logits;
            predictions.add(best);
        }
        return new ZeroShotResult(Matrix.of(probabilities), predictions);
    }
}
