package course.clip;

import java.util.List;
import java.util.stream.Collectors;

import course.linalg.Matrix;

/** Ivo's zero-shot classifier (correct): prompts through a stream, argmax over the probabilities. */
public final class ZeroShot {

    private ZeroShot() {
    }

    public static String prompt(String label) {
        return "a photo of a " + label;
    }

    public static ZeroShotResult classify(Matrix images, List<String> labels, TextEncoder encoder,
                                          double temperature) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("at least one label is needed");
        }
        double scale = Contrastive.logitScale(temperature);
        List<double[]> prompts = labels.stream().map(l -> encoder.encode(prompt(l))).collect(Collectors.toList());
        Matrix logits = Contrastive.cosineSimilarity(images, Matrix.of(prompts.toArray(double[][]::new)))
                .scale(scale);
        double[][] probs = logits.toArray();
        Integer[] best = new Integer[probs.length];
        for (int i = 0; i < probs.length; i++) {
            double lse = Contrastive.logSumExp(probs[i]);
            best[i] = 0;
            for (int j = 0; j < probs[i].length; j++) {
                if (probs[i][j] > probs[i][best[i]]) {
                    best[i] = j;
                }
            }
            for (int j = 0; j < probs[i].length; j++) {
                probs[i][j] = Math.exp(probs[i][j] - lse);
            }
        }
        return new ZeroShotResult(Matrix.of(probs), List.of(best));
    }
}
