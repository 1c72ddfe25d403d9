package course.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import course.linalg.Matrix;

/** Ada's vectors: TF-IDF from a map of document frequencies. */
public final class TextVectors {

    private TextVectors() {
    }

    public static double[] oneHot(String word, Vocabulary vocabulary) {
        double[] v = new double[vocabulary.size()];
        int at = vocabulary.indexOf(word);
        if (at == -1) {
            throw new IllegalArgumentException("unknown word " + word);
        }
        v[at] = 1.0;
        return v;
    }

    public static double[] bagOfWords(String document, Vocabulary vocabulary) {
        double[] v = new double[vocabulary.size()];
        for (String t : Tokenizer.tokenize(document)) {
            if (vocabulary.indexOf(t) != -1) {
                v[vocabulary.indexOf(t)] += 1.0;
            }
        }
        return v;
    }

    public static Matrix tfIdf(List<String> documents, Vocabulary vocabulary) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no documents");
        }
        if (vocabulary.size() == 0) {
            throw new IllegalArgumentException("empty vocabulary");
        }
        Map<String, Integer> df = new HashMap<>();
        for (String d : documents) {
            Set<String> seen = new HashSet<>(Tokenizer.tokenize(d));
            for (String t : seen) {
                df.merge(t, 1, Integer::sum);
            }
        }
        double n = documents.size();
        double[][] m = new double[documents.size()][];
        for (int d = 0; d < m.length; d++) {
            m[d] = bagOfWords(documents.get(d), vocabulary);
            for (int t = 0; t < m[d].length; t++) {
                Integer f = df.get(vocabulary.word(t));
                m[d][t] = f == null ? 0.0 : m[d][t] * Math.log(n / f);
            }
        }
        return Matrix.of(m);
    }

    public static double cosine(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("length mismatch");
        }
        double ab = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        if (na == 0.0 || nb == 0.0) {
            return 0.0;
        }
        return ab / (Math.sqrt(na) * Math.sqrt(nb));
    }
}
