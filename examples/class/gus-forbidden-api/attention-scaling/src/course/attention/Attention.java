package course.attention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import course.linalg.Matrix;

/** Gus's attention: correct maths, but it quits on bad shapes and reads a debug setting from outside. */
public final class Attention {

    private Attention() {
    }

    public static double[] softmax(double[] logits) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("empty");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : logits) {
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("invalid logit " + x);
            }
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("everything masked");
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(logits[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    public static double[][] softmaxJacobian(double[] logits) {
        double[] p = softmax(logits);
        double[][] jac = new double[p.length][p.length];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                jac[i][j] = p[i] * ((i == j ? 1 : 0) - p[j]);
            }
        }
        return jac;
    }

    public static AttentionResult scaledDotProductAttention(Matrix q, Matrix k, Matrix v, boolean causal) {
        if (q.cols() != k.cols() || k.rows() != v.rows() || (causal && q.rows() != k.rows())) {
            System.err.println("bad shapes: Q " + q.shape() + " K " + k.shape() + " V " + v.shape());
            System.exit(1);
        }
        debugLog("attention " + q.shape() + " x " + k.shape());
        double scale = 1.0 / Math.sqrt(q.cols());
        double[][] s = q.multiply(k.transpose()).toArray();
        double[][] w = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s[i].length; j++) {
                s[i][j] = causal && j > i ? Double.NEGATIVE_INFINITY : s[i][j] * scale;
            }
            w[i] = softmax(s[i]);
        }
        Matrix weights = Matrix.of(w);
        return new AttentionResult(weights, weights.multiply(v));
    }

    /** Appends a line to the file named by ATTENTION_DEBUG_FILE, when that variable is set. */
    private static void debugLog(String line) {
        String file = System.getenv("ATTENTION_DEBUG_FILE");
        if (file == null) {
            return;
        }
        try {
            Path path = Path.of(file);
            String old = Files.exists(path) ? Files.readString(path) : "";
            Files.writeString(path, old + line + System.lineSeparator());
        } catch (IOException e) {
            // debugging only
        }
    }
}
