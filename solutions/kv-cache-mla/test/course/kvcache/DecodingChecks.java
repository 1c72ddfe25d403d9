package course.kvcache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.linalg.Matrix;

/** The checks the MHA and MLA properties share: decode a sequence token by token and compare. */
final class DecodingChecks {

    private DecodingChecks() {
    }

    /** A decoder under test, seen through its two public operations. */
    interface Decoding<E extends CacheEntry> {
        double[] step(double[] x);

        KvCache<E> cache();
    }

    /** The usual mistakes, each as the outputs it would give on the whole sequence. */
    record Mistake(String description, Function<double[][], double[][]> outputs) {
    }

    /**
     * Decodes the tokens one by one and compares output t with row t of the full recomputation, on every prefix;
     * returns the first difference (with the mistake it matches) or null.
     */
    static String incrementalEqualsRecomputation(Decoding<?> decoder, double[][] tokens, double[][] expected,
                                                 List<Mistake> mistakes) {
        double[][] actual = new double[tokens.length][];
        for (int t = 0; t < tokens.length; t++) {
            double[] x = tokens[t].clone();
            actual[t] = decoder.step(x);
            if (!Arrays.equals(x, tokens[t])) {
                return "step changed its argument to " + Arrays.toString(x);
            }
            double[][] prefix = Arrays.copyOf(actual, t + 1);
            double[][] wanted = Arrays.copyOf(expected, t + 1);
            String d = Approx.difference("output", actual[t], expected[t], Tolerance.DEFAULT).orElse(null);
            if (d != null) {
                return "decoding token " + t + " (positions 0.." + t + " cached): " + d
                        + explain(prefix, wanted, tokens, mistakes);
            }
        }
        return null;
    }

    /** Compares a full recomputation with the expected outputs; the first difference (and its mistake) or null. */
    static String recomputationMatches(Matrix actual, double[][] tokens, double[][] expected, List<Mistake> mistakes) {
        double[][] a = actual.toArray();
        return Approx.difference("output", a, expected, Tolerance.DEFAULT)
                .map(d -> d + explain(a, expected, tokens, mistakes)).orElse(null);
    }

    /**
     * Decodes the tokens and checks after every step that the cache holds exactly one entry per token so far, that
     * the new entry is the expected one and has the expected size, and that older entries did not change.
     */
    static <E extends CacheEntry> String cacheHoldsOneEntryPerToken(Decoding<E> decoder, double[][] tokens,
                                                                     IntFunction<E> expectedEntry, int floats,
                                                                     String what) {
        List<E> seen = new ArrayList<>();
        if (decoder.cache().size() != 0) {
            return "a new decoder's cache holds " + decoder.cache().size() + " entries, expected none";
        }
        for (int t = 0; t < tokens.length; t++) {
            decoder.step(tokens[t]);
            KvCache<E> cache = decoder.cache();
            if (cache.size() != t + 1) {
                return "after decoding " + (t + 1) + " token(s) the cache holds " + cache.size()
                        + " entries, expected exactly one per token: " + (t + 1);
            }
            E entry = cache.get(t);
            if (entry.floats() != floats) {
                return "the entry of token " + t + " holds " + entry.floats() + " numbers, expected " + floats
                        + " (" + what + ")";
            }
            E expected = expectedEntry.apply(t);
            if (!close(entry, expected)) {
                return "the entry of token " + t + " is " + show(entry) + "\n  expected " + show(expected) + " ("
                        + what + ")";
            }
            for (int j = 0; j < t; j++) {
                if (!cache.get(j).equals(seen.get(j))) {
                    return "decoding token " + t + " changed the cached entry of token " + j + " from "
                            + show(seen.get(j)) + " to " + show(cache.get(j)) + "; past entries never change";
                }
            }
            seen.add(entry);
        }
        return null;
    }

    private static String show(CacheEntry e) {
        return switch (e) {
            case MhaEntry m -> "(key " + NumberText.show(m.key()) + ", value " + NumberText.show(m.value()) + ")";
            case MlaEntry m -> "(latent " + NumberText.show(m.latent()) + ", RoPE key " + NumberText.show(m.ropeKey())
                    + ")";
        };
    }

    private static boolean close(CacheEntry a, CacheEntry b) {
        return switch (a) {
            case MhaEntry m -> b instanceof MhaEntry e && Approx.close(m.key(), e.key(), Tolerance.DEFAULT)
                    && Approx.close(m.value(), e.value(), Tolerance.DEFAULT);
            case MlaEntry m -> b instanceof MlaEntry e && Approx.close(m.latent(), e.latent(), Tolerance.DEFAULT)
                    && Approx.close(m.ropeKey(), e.ropeKey(), Tolerance.DEFAULT);
        };
    }

    private static String explain(double[][] actual, double[][] expected, double[][] tokens, List<Mistake> mistakes) {
        Diagnosis diagnosis = Diagnosis.of(actual, expected, Tolerance.DEFAULT).called("outputs");
        for (Mistake m : mistakes) {
            diagnosis.mistakeMatrix(m.description(), () -> Arrays.copyOf(m.outputs().apply(tokens), actual.length));
        }
        return diagnosis.explain();
    }
}
