package course.clip;

import java.util.ArrayList;
import java.util.List;

import course.linalg.Matrix;

/** Ada's zero-shot classifier. */
public final class ZeroShot {

    private ZeroShot() {
    }

    public static String prompt(String label) {
        return String.format("a photo of a %s", label);
    }

    public static ZeroShotResult classify(Matrix images, List<String> labels, TextEncoder encoder,
                                          double temperature) {
        if (labels.size() == 0) {
            throw new IllegalArgumentException("no labels");
        }
        double scale = Contrastive.logitScale(temperature);
        List<double[]> prompts = new ArrayList<>();
        for (String label : labels) {
            prompts.add(encoder.encode(prompt(label)));
        }
        Matrix cos = Contrastive.cosineSimilarity(images, Matrix.of(prompts.toArray(new double[0][])));
        double[][] p = new double[cos.rows()][cos.cols()];
        List<Integer> predicted = new ArrayList<>();
        for (int i = 0; i < cos.rows(); i++) {
            double[] logits = cos.scale(scale).row(i);
            double norm = Contrastive.logSumExp(logits);
            int arg = 0;
            for (int j = 0; j < logits.length; j++) {
                p[i][j] = Math.exp(logits[j] - norm);
                if (cos.get(i, j) > cos.get(i, arg)) {
                    arg = j;
                }
            }
            predicted.add(arg);
        }
        return new ZeroShotResult(Matrix.of(p), predicted);
    }
}
