package course.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Figure;
import org.aibasis.grader.api.Figures;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class DimensionGrowthTests {

    /** Corpus sizes of the experiment. */
    private static final int[] DOCUMENTS = {1, 10, 100, 1000};

    @Test
    @Points(2)
    @DependsOn({"TokenizerProperties.vocabularyIsTheSortedSetOfTokens",
        "VectorsProperties.dimensionEqualsTheVocabularySize"})
    @Hint(value = "The exam's point: one-hot and bag-of-words vectors have one dimension per vocabulary word, so "
            + "their dimension grows with the vocabulary (here 2 new words per document: 5, 23, 203, 2003) while a "
            + "document still has only a few non-zero entries - the vectors get longer and sparser, and no entry "
            + "says that two words are similar.",
            zh = "考试中的要点：独热向量和词袋向量每个词汇表词占一维，所以维数随词汇表增长（这里每篇文档带来 2 个新词："
                    + "5、23、203、2003），而一篇文档的非零分量仍然只有几个——向量越来越长、越来越稀疏，而且没有任何"
                    + "分量能表示两个词相似。")
    void dimensionGrowsWithTheVocabulary() {
        double[] dims = new double[DOCUMENTS.length];
        double[] expected = new double[DOCUMENTS.length];
        for (int r = 0; r < DOCUMENTS.length; r++) {
            int k = DOCUMENTS[r];
            List<String> corpus = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                corpus.add("User" + i + " likes the movie M" + i + ".");
            }
            Vocabulary v = Tokenizer.vocabulary(corpus);
            expected[r] = 2 * k + 3;
            double[] oneHot = TextVectors.oneHot("likes", v);
            double[] bow = TextVectors.bagOfWords(corpus.get(0), v);
            dims[r] = oneHot.length;
            long nonZero = Arrays.stream(bow).filter(x -> x != 0).count();
            assertThat(v.size()).as("vocabulary size of %d documents \"User<i> likes the movie M<i>.\"", k)
                    .isEqualTo(2 * k + 3);
            assertThat(oneHot.length).as("dimension of a one-hot vector over %d documents", k).isEqualTo(v.size());
            assertThat(bow.length).as("dimension of a bag of words over %d documents", k).isEqualTo(v.size());
            assertThat(nonZero).as("non-zero entries in the bag of words of \"User0 likes the movie M0.\" over %d "
                    + "documents (density %d / %d)", k, nonZero, v.size()).isEqualTo(5);
        }
        Figures.publish(new Figure("dimension", "Dimension of one-hot and bag-of-words vectors",
                "独热向量与词袋向量的维数", "documents", "dimension |V|",
                Arrays.stream(DOCUMENTS).mapToObj(d -> (double) d).toList(),
                List.of(Figure.Series.student("your vocabulary size", dims),
                        Figure.Series.reference("2 k + 3", expected))));
    }
}
