package course.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class VectorsTests {

    @Test
    @Points(1)
    @Hint(value = "The one-hot vector of a word has one entry per vocabulary word: 1 at the word's index and 0 "
            + "everywhere else. A word that is not in the vocabulary (looked up exactly as given, so \"Dog\" is not "
            + "\"dog\") has no one-hot vector: throw IllegalArgumentException.",
            zh = "一个词的独热向量对词汇表中的每个词有一个分量：该词的下标处为 1，其余为 0。不在词汇表中的词"
                    + "（按原样查找，所以 \"Dog\" 不是 \"dog\"）没有独热向量：抛出 IllegalArgumentException。")
    void oneHotOfKnownWords() {
        Vocabulary v = Vocabulary.of(List.of("cat", "dog", "sat"));
        assertThat(TextVectors.oneHot("dog", v)).as("oneHot(\"dog\") over [cat, dog, sat]")
                .containsExactly(0, 1, 0);
        assertThat(TextVectors.oneHot("sat", v)).as("oneHot(\"sat\") over [cat, dog, sat]")
                .containsExactly(0, 0, 1);
        for (String w : new String[] {"bird", "Dog", ""}) {
            assertThatIllegalArgumentException().as("oneHot(\"%s\") over [cat, dog, sat]", w)
                    .isThrownBy(() -> TextVectors.oneHot(w, v));
        }
    }

    @Test
    @Points(1)
    @Hint(value = "The bag of words counts how often each vocabulary word occurs in the document; words outside the "
            + "vocabulary are ignored and the order of words is lost.",
            zh = "词袋统计词汇表中每个词在文档中出现的次数；不在词汇表中的词被忽略，词序信息丢失。")
    void bagOfWordsOfAKnownDocument() {
        Vocabulary v = Vocabulary.of(List.of("cat", "end", "mat", "sat", "the"));
        assertThat(TextVectors.bagOfWords("the cat sat on the mat the end", v))
                .as("bagOfWords(\"the cat sat on the mat the end\") over [cat, end, mat, sat, the]")
                .containsExactly(1, 1, 1, 1, 3);
        assertThat(TextVectors.bagOfWords("", v)).as("bagOfWords(\"\")").containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    @Points(1)
    @DependsOn("bagOfWordsOfAKnownDocument")
    @Hint(value = "bagOfWords must split the document with your tokenize (lower-cased runs of letters and digits), "
            + "so \"The cat sat on the mat. THE END!\" counts \"the\" 3 times. Here it is compared with the counts "
            + "of your own tokens, so a tokenizer mistake is charged to the tokenizer tests only.",
            zh = "bagOfWords 必须用你的 tokenize（小写的字母数字串）切分文档，所以 \"The cat sat on the mat. THE END!\""
                    + " 中 \"the\" 计 3 次。这里与你自己的 token 计数比较，因此分词错误只在分词测试中扣分。")
    void bagOfWordsUsesTheTokenizer() {
        Vocabulary v = Vocabulary.of(List.of("cat", "end", "mat", "sat", "the"));
        String doc = "The cat sat on the mat. THE END!";
        assertThat(TextVectors.bagOfWords(doc, v)).as("bagOfWords(\"%s\") over %s, with your tokens %s", doc,
                v.words(), Tokenizer.tokenize(doc)).containsExactly(Oracle.counts(Tokenizer.tokenize(doc), v.words()));
    }

    @Test
    @Points(2)
    @Hint(value = "tf-idf(t, d) = tf(t, d) * ln(N / df(t)): tf is the count of t in d, df(t) the number of "
            + "DOCUMENTS containing t, N the number of documents, ln the natural logarithm.",
            zh = "tf-idf(t, d) = tf(t, d) * ln(N / df(t))：tf 是 t 在 d 中的次数，df(t) 是包含 t 的文档数，"
                    + "N 是文档总数，ln 是自然对数。")
    void tfIdfOfAKnownCorpus() {
        List<String> docs = List.of("the cat sat", "the dog sat", "the cat the cat ran");
        Vocabulary v = Vocabulary.of(List.of("cat", "dog", "ran", "sat", "the"));
        // df: cat 2, dog 1, ran 1, sat 2, the 3 (N = 3); document 3 has cat twice
        double half = Math.log(3 / 2.0);
        double third = Math.log(3);
        double[][] expected = {{half, 0, 0, half, 0}, {0, third, 0, half, 0}, {2 * half, 0, third, 0, 0}};
        double[][] actual = TextVectors.tfIdf(docs, v).toArray();
        Optional<String> diff = Approx.difference("tf-idf", actual, expected, Tolerance.DEFAULT);
        assertThat(diff).withFailMessage("tfIdf of %s over %s: %s%s", docs, v.words(), diff.orElse(""),
                Oracle.diagnoseTfIdf(docs, v.words(), actual)).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "A word that occurs in every document has idf ln(N / N) = 0, so weight 0 everywhere; a vocabulary "
            + "word that occurs in no document (df = 0) gets weight 0, not NaN or Infinity; with a single document "
            + "every weight is 0.",
            zh = "出现在每篇文档中的词 idf 为 ln(N / N) = 0，所以权重处处为 0；不出现在任何文档中的词汇表词（df = 0）"
                    + "权重为 0，而不是 NaN 或 Infinity；只有一篇文档时所有权重都为 0。")
    void tfIdfEdgeCases() {
        Vocabulary v = Vocabulary.of(List.of("a", "b", "zebra"));
        double[][] actual = TextVectors.tfIdf(List.of("a b", "a a"), v).toArray();
        double ln2 = Math.log(2);
        Approx.assertClose("tfIdf of [\"a b\", \"a a\"] over [a, b, zebra] (zebra occurs nowhere)", actual,
                new double[][] {{0, ln2, 0}, {0, 0, 0}}, Tolerance.DEFAULT);
        Approx.assertClose("tfIdf of the single document \"a b b\"", TextVectors.tfIdf(List.of("a b b"), v)
                .toArray(), new double[][] {{0, 0, 0}}, Tolerance.DEFAULT);
    }

    @Test
    @Points(1)
    @Hint(value = "A TF-IDF matrix has one row per document and one column per vocabulary word, and a matrix needs "
            + "at least one of each: throw IllegalArgumentException for no documents or an empty vocabulary.",
            zh = "TF-IDF 矩阵每篇文档一行、每个词汇表词一列，而矩阵至少要有一行一列：没有文档或词汇表为空时抛出 "
                    + "IllegalArgumentException。")
    void tfIdfRejectsAnEmptyCorpusOrVocabulary() {
        assertThatIllegalArgumentException().as("tfIdf of no documents")
                .isThrownBy(() -> TextVectors.tfIdf(List.of(), Vocabulary.of(List.of("a"))));
        assertThatIllegalArgumentException().as("tfIdf over an empty vocabulary")
                .isThrownBy(() -> TextVectors.tfIdf(List.of("a"), Vocabulary.of(List.of())));
    }

    @Test
    @Points(1)
    @Hint(value = "cos(a, b) = a . b / (|a| |b|); it is 0 (not NaN) when a or b is all zeros, and vectors of "
            + "different lengths cannot be compared: throw IllegalArgumentException.",
            zh = "cos(a, b) = a . b / (|a| |b|)；当 a 或 b 全为零时结果为 0（不是 NaN）；长度不同的向量无法比较："
                    + "抛出 IllegalArgumentException。")
    void cosineOfKnownVectors() {
        Approx.assertClose("cosine([1, 2, 2], [2, 0, 1])", TextVectors.cosine(new double[] {1, 2, 2},
                new double[] {2, 0, 1}), 4 / (3 * Math.sqrt(5)), Tolerance.DEFAULT);
        Approx.assertClose("cosine([1, 2], [-2, -4])", TextVectors.cosine(new double[] {1, 2},
                new double[] {-2, -4}), -1, Tolerance.DEFAULT);
        Approx.assertClose("cosine([0, 0], [1, 2])", TextVectors.cosine(new double[] {0, 0},
                new double[] {1, 2}), 0, Tolerance.DEFAULT);
        Approx.assertClose("cosine([3, 1], [0, 0])", TextVectors.cosine(new double[] {3, 1},
                new double[] {0, 0}), 0, Tolerance.DEFAULT);
        assertThatIllegalArgumentException().as("cosine of vectors with 2 and 3 entries")
                .isThrownBy(() -> TextVectors.cosine(new double[] {1, 2}, new double[] {1, 2, 3}));
    }
}
