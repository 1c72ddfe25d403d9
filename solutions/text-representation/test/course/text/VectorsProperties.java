package course.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.text.Generators.Corpus;
import course.text.Generators.Text;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VectorsProperties {

    /** A text and a reordering of its words. */
    record Shuffled(Text text, List<Integer> order) {
        @Override
        public String toString() {
            return text + ", words reordered as " + order;
        }
    }

    @Provide
    Arbitrary<Corpus> corpus() {
        return Generators.corpora();
    }

    @Provide
    Arbitrary<Shuffled> shuffled() {
        return Generators.texts().flatMap(t -> Arbitraries.shuffle(IntStream.range(0, t.words().size()).boxed()
                .toList()).map(order -> new Shuffled(t, order)));
    }

    @Provide
    Arbitrary<double[][]> vectorPair() {
        return CourseArbitraries.smallInts(1, 5).flatMap(n -> CourseArbitraries.intMatrix(2, n, 3));
    }

    @Provide
    Arbitrary<Double> factor() {
        return Arbitraries.of(0.5, 2.0, 3.0, 100.0);
    }

    @Property
    @Points(2)
    @Hint(value = "Every one-hot vector has exactly one 1, at the word's index, so two different words share no "
            + "non-zero entry: their dot product and cosine are 0 (one-hot vectors know nothing about similarity), "
            + "while a word has cosine 1 with itself.",
            zh = "每个独热向量恰好有一个 1，在该词的下标处，所以两个不同的词没有共同的非零分量：它们的点积和余弦都为 0"
                    + "（独热向量完全不表达相似性），而一个词与自身的余弦为 1。")
    void oneHotVectorsOfDifferentWordsAreOrthogonal(@ForAll("corpus") Corpus c) {
        Vocabulary v = Vocabulary.of(Oracle.vocabulary(c.documents()));
        String problem = null;
        for (int i = 0; i < v.size() && problem == null; i++) {
            double[] a = TextVectors.oneHot(v.word(i), v);
            double[] expected = new double[v.size()];
            expected[i] = 1;
            problem = Approx.difference("oneHot(\"" + v.word(i) + "\") over " + v.words(), a, expected,
                    Tolerance.absolute(0)).orElse(null);
            for (int j = 0; j < v.size() && problem == null; j++) {
                double cos = Oracle.cosine(a, TextVectors.oneHot(v.word(j), v));
                if (cos != (i == j ? 1 : 0)) {
                    problem = "the one-hot vectors of \"" + v.word(i) + "\" and \"" + v.word(j) + "\" have cosine "
                            + NumberText.show(cos) + ", expected " + (i == j ? 1 : 0);
                }
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "A bag of words only counts words, so reordering the words of a document must not change it. It "
            + "must also count every occurrence: entry i is how often vocabulary word i occurs among the tokens of "
            + "your tokenize (so only the counting is checked here).",
            zh = "词袋只统计词的次数，所以打乱文档中单词的顺序不能改变它。它还必须统计每一次出现：第 i 个分量是"
                    + "词汇表第 i 个词在你的 tokenize 结果中出现的次数（因此这里只检查计数）。")
    void bagOfWordsIgnoresWordOrder(@ForAll("shuffled") Shuffled s) {
        List<String> words = s.text().words();
        List<String> reordered = new ArrayList<>();
        s.order().forEach(i -> reordered.add(words.get(i)));
        String original = String.join(" ", words);
        String permuted = String.join(" ", reordered);
        Vocabulary v = Vocabulary.of(Oracle.vocabulary(List.of(original)));
        double[] a = TextVectors.bagOfWords(original, v);
        double[] b = TextVectors.bagOfWords(permuted, v);
        Optional<String> diff = Approx.difference("bagOfWords(\"" + original + "\")", a,
                Oracle.counts(Tokenizer.tokenize(original), v.words()), Tolerance.absolute(0));
        String problem = diff.orElseGet(() -> Arrays.equals(a, b) ? null : "bagOfWords(\"" + permuted + "\") is "
                + NumberText.show(b) + " but the same words in the order \"" + original + "\" give "
                + NumberText.show(a) + " over " + v.words());
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn("TokenizerProperties.vocabularyIsTheSortedSetOfTokens")
    @Hint(value = "The dimension of a one-hot or bag-of-words vector is the vocabulary size |V|, the number of "
            + "distinct tokens of the corpus, and a document's bag of words adds up to its number of tokens.",
            zh = "独热向量或词袋向量的维数等于词汇表大小 |V|，即语料中不同 token 的个数；一篇文档的词袋分量之和等于它的"
                    + " token 数。")
    void dimensionEqualsTheVocabularySize(@ForAll("corpus") Corpus c) {
        Vocabulary v = Tokenizer.vocabulary(c.documents());
        int distinct = Oracle.vocabulary(c.documents()).size();
        String problem = v.size() == distinct ? null : "the vocabulary of " + c + " has " + v.size()
                + " words, but the corpus has " + distinct + " distinct tokens";
        for (int d = 0; d < c.documents().size() && problem == null; d++) {
            String doc = c.documents().get(d);
            double[] bow = TextVectors.bagOfWords(doc, v);
            double total = Arrays.stream(bow).sum();
            int tokens = Oracle.tokens(doc).size();
            if (bow.length != distinct) {
                problem = "bagOfWords(\"" + doc + "\") has " + bow.length + " entries, expected |V| = " + distinct;
            } else if (total != tokens) {
                problem = "bagOfWords(\"" + doc + "\") adds up to " + NumberText.show(total) + ", but the document has "
                        + tokens + " tokens, all in the vocabulary";
            }
        }
        for (int i = 0; i < v.size() && problem == null; i++) {
            int length = TextVectors.oneHot(v.word(i), v).length;
            problem = length == distinct ? null
                    : "oneHot(\"" + v.word(i) + "\") has " + length + " entries, expected |V| = " + distinct;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "tf-idf(t, d) = tf(t, d) * ln(N / df(t)) with tf the count of t in d and df(t) the number of "
            + "documents containing t (weight 0 when df(t) = 0). The corpora here share words, so df takes many "
            + "values.",
            zh = "tf-idf(t, d) = tf(t, d) * ln(N / df(t))，tf 是 t 在 d 中的次数，df(t) 是包含 t 的文档数"
                    + "（df(t) = 0 时权重为 0）。这里的语料彼此共享单词，所以 df 取值多样。")
    void tfIdfMatchesTheFormula(@ForAll("corpus") Corpus c) {
        List<String> words = new ArrayList<>(Oracle.vocabulary(c.documents()));
        words.add("unseen");
        Vocabulary v = Vocabulary.of(words);
        double[][] actual = TextVectors.tfIdf(c.documents(), v).toArray();
        Optional<String> diff = Approx.difference("tf-idf", actual,
                Oracle.tfIdf(c.documents(), words, Oracle.Weighting.STATED), Tolerance.DEFAULT);
        String problem = diff.map(d -> "tfIdf of " + c + " over " + words + ": " + d
                + Oracle.diagnoseTfIdf(c.documents(), words, actual)).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(1)
    @Hint(value = "cos(a, b) = a . b / (|a| |b|) lies in [-1, 1], is symmetric and ignores positive scaling: "
            + "cos(a, k b) = cos(a, b) for k > 0. It is 0 when a vector is all zeros.",
            zh = "cos(a, b) = a . b / (|a| |b|) 在 [-1, 1] 之间，对称，且不受正数缩放影响：k > 0 时 "
                    + "cos(a, k b) = cos(a, b)。某个向量全为零时结果为 0。")
    void cosineIsSymmetricBoundedAndScaleFree(@ForAll("vectorPair") double[][] ab, @ForAll("factor") double k) {
        double[] a = ab[0];
        double[] b = ab[1];
        double[] kb = Arrays.stream(b).map(x -> k * x).toArray();
        double expected = Oracle.cosine(a, b);
        String what = "cosine(" + NumberText.show(a) + ", " + NumberText.show(b) + ")";
        String problem = Approx.difference(what, TextVectors.cosine(a, b), expected, Tolerance.DEFAULT)
                .or(() -> Approx.difference("cosine with the arguments swapped", TextVectors.cosine(b, a), expected,
                        Tolerance.DEFAULT))
                .or(() -> Approx.difference("cosine(a, " + k + " b)", TextVectors.cosine(a, kb), expected,
                        Tolerance.DEFAULT))
                .orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
