package course.text;

import java.util.List;

import course.linalg.Matrix;

/** Jun's vectors are right; they inherit the case-sensitive tokens. */
public final class TextVectors {

    private TextVectors() {
    }

    public static double[] oneHot(String word, Vocabulary vocabulary) {
        if (vocabulary.indexOf(word) < 0) {
            throw new IllegalArgumentException(word + " is not a vocabulary word");
        }
        double[] v = new double[vocabulary.size()];
        v[vocabulary.indexOf(word)] = 1;
        return v;
    }

    public static double[] bagOfWords(String document, Vocabulary vocabulary) {
        double[] v = new double[vocabulary.size()];
        Tokenizer.tokenize(document).stream().mapToInt(vocabulary::indexOf).filter(i -> i >= 0).forEach(i -> v[i]++);
        return v;
    }

    public static Matrix tfIdf(List<String> documents, Vocabulary vocabulary) {
        if (documents.isEmpty() || vocabulary.size() == 0) {
            throw new IllegalArgumentException("nothing to weight");
        }
        double[][] counts = new double[documents.size()][];
        for (int d = 0; d < counts.length; d++) {
            counts[d] = bagOfWords(documents.get(d), vocabulary);
        }
        double[][] w = new double[counts.length][vocabulary.size()];
        for (int t = 0; t < vocabulary.size(); t++) {
            int df = 0;
            for (double[] c : counts) {
                if (c[t] != 0) {
                    df++;
                }
            }
            for (int d = 0; d < counts.length; d++) {
                w[d][t] = df == 0 ? 0 : counts[d][t] * Math.log(counts.length / (double) df);
            }
        }
        return Matrix.of(w);
    }

    public static double cosine(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("different lengths");
        }
        double dot = 0;
        double a2 = 0;
        double b2 = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            a2 += a[i] * a[i];
            b2 += b[i] * b[i];
        }
        return a2 == 0 || b2 == 0 ? 0 : dot / Math.sqrt(a2) / Math.sqrt(b2);
    }
}
