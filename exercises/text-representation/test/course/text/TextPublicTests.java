package course.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextPublicTests {

    @Test
    void tokensAreLowerCasedRunsOfLettersAndDigits() {
        assertThat(Tokenizer.tokenize("Hello, World 42!")).containsExactly("hello", "world", "42");
    }

    @Test
    void theVocabularyIsSorted() {
        assertThat(Tokenizer.vocabulary(List.of("the cat", "a cat")).words()).containsExactly("a", "cat", "the");
    }

    @Test
    void oneHotHasASingleOne() {
        Vocabulary v = Vocabulary.of(List.of("a", "cat", "the"));
        assertThat(TextVectors.oneHot("cat", v)).containsExactly(0, 1, 0);
    }

    @Test
    void bagOfWordsCounts() {
        Vocabulary v = Vocabulary.of(List.of("a", "cat", "the"));
        assertThat(TextVectors.bagOfWords("the cat the end", v)).containsExactly(0, 1, 2);
    }

    @Test
    void tfIdfOfAWordInHalfTheDocuments() {
        Vocabulary v = Vocabulary.of(List.of("cat", "the"));
        // "cat" is in 1 of 2 documents: ln(2 / 1); "the" is in both: ln(2 / 2) = 0
        assertThat(TextVectors.tfIdf(List.of("the cat", "the"), v).row(0))
                .containsExactly(new double[] {Math.log(2), 0}, within(1e-12));
    }

    @Test
    void differentOneHotVectorsAreOrthogonal() {
        Vocabulary v = Vocabulary.of(List.of("cat", "dog"));
        assertThat(TextVectors.cosine(TextVectors.oneHot("cat", v), TextVectors.oneHot("dog", v))).isZero();
    }
}
