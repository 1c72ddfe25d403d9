package course.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class TokenizerTests {

    @Test
    @Points(3)
    @Hint(value = "A token is a maximal run of letters and digits (Character.isLetterOrDigit); every other character "
            + "separates tokens, including the apostrophe and the hyphen, and no empty token is ever produced. "
            + "Tokens are lower-cased. Note that split(\"\\\\W+\") is wrong twice: \\W means [^a-zA-Z0-9_], so it "
            + "cuts \"Café\" into \"caf\" and keeps \"_\", and a leading separator gives an empty first token.",
            zh = "token 是字母和数字（Character.isLetterOrDigit）组成的最长连续串；其他字符（包括撇号和连字符）都把 "
                    + "token 分开，而且绝不会产生空 token。token 要转成小写。注意 split(\"\\\\W+\") 有两处错误："
                    + "\\W 表示 [^a-zA-Z0-9_]，所以它把 \"Café\" 切成 \"caf\" 并保留 \"_\"；开头的分隔符还会产生一个"
                    + "空的第一个 token。")
    void tokenizeKnownTexts() {
        expectTokens("Don't panic! Café 42 is open.", List.of("don", "t", "panic", "café", "42", "is", "open"));
        expectTokens("  Hello, hello HELLO  ", List.of("hello", "hello", "hello"));
        expectTokens("e-mail: ada@example.org", List.of("e", "mail", "ada", "example", "org"));
        expectTokens("snake_case R2D2", List.of("snake", "case", "r2d2"));
        expectTokens("我爱AI课", List.of("我爱ai课"));
        expectTokens("", List.of());
        expectTokens("?! ... --", List.of());
    }

    @Test
    @Points(2)
    @DependsOn("tokenizeKnownTexts")
    @Hint(value = "The vocabulary holds every distinct token of every document once, sorted by String.compareTo (so "
            + "digits come before letters: \"42\" < \"a\" < \"cat\"), not in the order of first occurrence.",
            zh = "词汇表包含所有文档中每个不同的 token 各一次，按 String.compareTo 排序（因此数字排在字母前面："
                    + "\"42\" < \"a\" < \"cat\"），而不是按第一次出现的顺序。")
    void vocabularyOfAKnownCorpus() {
        Vocabulary v = Tokenizer.vocabulary(List.of("the cat sat", "The dog sat!", "a cat, a dog", "42 cats"));
        assertThat(v.words()).as("vocabulary of [\"the cat sat\", \"The dog sat!\", \"a cat, a dog\", \"42 cats\"]")
                .containsExactly("42", "a", "cat", "cats", "dog", "sat", "the");
    }

    @Test
    @Points(1)
    @DependsOn("tokenizeKnownTexts")
    @Hint(value = "A corpus without any token (no documents, empty documents, only punctuation) has the empty "
            + "vocabulary, of size 0.",
            zh = "没有任何 token 的语料（没有文档、文档为空、只有标点）的词汇表为空，大小为 0。")
    void vocabularyOfACorpusWithoutTokensIsEmpty() {
        assertThat(Tokenizer.vocabulary(List.of()).size()).as("vocabulary of no documents").isZero();
        assertThat(Tokenizer.vocabulary(List.of("", "!!", " - ")).size())
                .as("vocabulary of [\"\", \"!!\", \" - \"]").isZero();
    }

    private static void expectTokens(String text, List<String> expected) {
        assertThat(Tokenizer.tokenize(text)).as("tokenize(\"%s\")", text).containsExactlyElementsOf(expected);
    }
}
