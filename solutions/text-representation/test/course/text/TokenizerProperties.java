package course.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.text.Generators.Corpus;
import course.text.Generators.Text;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenizerProperties {

    @Provide
    Arbitrary<Text> anyText() {
        return Generators.texts();
    }

    @Provide
    Arbitrary<Corpus> textCorpus() {
        return Generators.texts().list().ofMinSize(1).ofMaxSize(3)
                .map(ts -> new Corpus(ts.stream().map(Text::text).toList()));
    }

    @Property
    @Points(3)
    @Hint(value = "Words of letters and digits (with accents, digits or Chinese characters, in any letter case) "
            + "joined by punctuation and white space must come back as exactly those words, lower-cased, in order: "
            + "no empty tokens from leading or doubled separators, no punctuation left on a word.",
            zh = "由字母和数字组成的单词（可能带重音、数字或汉字，大小写任意）用标点和空白连接后，必须原样按顺序分出"
                    + "这些单词并转为小写：开头或连续的分隔符不能产生空 token，单词上也不能残留标点。")
    void tokenizeRecoversTheWords(@ForAll("anyText") Text t) {
        List<String> expected = t.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<String> actual = Tokenizer.tokenize(t.text());
        String problem = actual.equals(expected) ? null
                : "tokenize(" + t + ") returned " + actual + " but should return " + expected;
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn("tokenizeRecoversTheWords")
    @Hint(value = "The vocabulary is the set of distinct tokens of all documents, each once, sorted by "
            + "String.compareTo, not in the order of first occurrence.",
            zh = "词汇表是所有文档中不同 token 的集合，每个只出现一次，按 String.compareTo 排序，而不是按第一次出现的"
                    + "顺序。")
    void vocabularyIsTheSortedSetOfTokens(@ForAll("textCorpus") Corpus c) {
        List<String> actual = Tokenizer.vocabulary(c.documents()).words();
        List<String> expected = Oracle.vocabulary(c.documents());
        String problem = actual.equals(expected) ? null
                : "vocabulary of " + c + " is " + actual + " but should be " + expected;
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
