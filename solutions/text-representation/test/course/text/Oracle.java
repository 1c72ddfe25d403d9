package course.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

/**
 * Independent answers for the hidden tests: tokens by a regular expression (the reference scans characters),
 * counts and TF-IDF weights from token lists, and the answers of the usual TF-IDF mistakes.
 */
final class Oracle {

    /** Letters (categories L*) and decimal digits (Nd): the characters Character.isLetterOrDigit accepts. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{Nd}]+");

    private Oracle() {
    }

    /** How TF-IDF is computed: the statement's formula and the usual mistakes. */
    enum Weighting {
        STATED, LOG10, BINARY_TF, COLLECTION_FREQUENCY, SMOOTHED_IDF, NO_LOG
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The sorted distinct tokens of a corpus. */
    static List<String> vocabulary(List<String> documents) {
        TreeSet<String> words = new TreeSet<>();
        documents.forEach(d -> words.addAll(tokens(d)));
        return new ArrayList<>(words);
    }

    /** How often each word of the list occurs among the tokens. */
    static double[] counts(List<String> tokens, List<String> words) {
        double[] c = new double[words.size()];
        for (String t : tokens) {
            int i = words.indexOf(t);
            if (i >= 0) {
                c[i] += 1;
            }
        }
        return c;
    }

    static double[][] tfIdf(List<String> documents, List<String> words, Weighting weighting) {
        int n = documents.size();
        double[][] tf = new double[n][];
        for (int d = 0; d < n; d++) {
            tf[d] = counts(tokens(documents.get(d)), words);
        }
        double[][] out = new double[n][words.size()];
        for (int t = 0; t < words.size(); t++) {
            int df = 0;
            int cf = 0;
            for (double[] row : tf) {
                df += row[t] > 0 ? 1 : 0;
                cf += (int) row[t];
            }
            for (int d = 0; d < n; d++) {
                double f = weighting == Weighting.BINARY_TF ? Math.min(1, tf[d][t]) : tf[d][t];
                double idf = switch (weighting) {
                    case STATED, BINARY_TF -> df == 0 ? 0 : Math.log((double) n / df);
                    case LOG10 -> df == 0 ? 0 : Math.log10((double) n / df);
                    case COLLECTION_FREQUENCY -> cf == 0 ? 0 : Math.log((double) n / cf);
                    case SMOOTHED_IDF -> Math.log((1.0 + n) / (1.0 + df)) + 1;
                    case NO_LOG -> df == 0 ? 0 : (double) n / df;
                };
                out[d][t] = f * idf;
            }
        }
        return out;
    }

    /** Names the TF-IDF mistake a wrong matrix matches, or "". */
    static String diagnoseTfIdf(List<String> documents, List<String> words, double[][] actual) {
        return Diagnosis.of(actual, tfIdf(documents, words, Weighting.STATED), Tolerance.DEFAULT).called("weights")
                .mistakeMatrix("the logarithm is to base 10; the statement uses the natural logarithm ln",
                        () -> tfIdf(documents, words, Weighting.LOG10))
                .mistakeMatrix("tf is 1 for a word present in the document instead of its count",
                        () -> tfIdf(documents, words, Weighting.BINARY_TF))
                .mistakeMatrix("df counts every occurrence in the corpus (collection frequency) instead of the "
                        + "number of documents that contain the word", () -> tfIdf(documents, words,
                        Weighting.COLLECTION_FREQUENCY))
                .mistakeMatrix("a smoothed idf ln((1 + N) / (1 + df)) + 1 (scikit-learn's default) instead of "
                        + "ln(N / df)", () -> tfIdf(documents, words, Weighting.SMOOTHED_IDF))
                .mistakeMatrix("idf = N / df without the logarithm", () -> tfIdf(documents, words, Weighting.NO_LOG))
                .explain();
    }

    /** Cosine from two dot products per vector, 0 for a zero vector. */
    static double cosine(double[] a, double[] b) {
        double na = Math.sqrt(dot(a, a));
        double nb = Math.sqrt(dot(b, b));
        return na == 0 || nb == 0 ? 0 : dot(a, b) / na / nb;
    }

    private static double dot(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(i -> a[i] * b[i]).sum();
    }
}
