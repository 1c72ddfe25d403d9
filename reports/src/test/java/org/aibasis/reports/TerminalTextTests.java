package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Word wrapping for terminals: at word boundaries, with a hanging indent, by display width. */
class TerminalTextTests {

    @Test
    void padsToTerminalColumnsWhereAChineseCharacterTakesTwo() {
        // 张三 takes 4 columns: 2 spaces reach 6; a text wider than the width is left as it is
        assertThat(TerminalText.padEnd("张三", 6)).isEqualTo("张三  ");
        assertThat(TerminalText.padStart("张三", 6)).isEqualTo("  张三");
        assertThat(TerminalText.padEnd("abcdefg", 6)).isEqualTo("abcdefg");
        assertThat(TerminalText.padStart("", 3)).isEqualTo("   ");
    }

    @Test
    void breaksBetweenWordsAndKeepsTheIndentation() {
        List<String> lines = TerminalText.wrap("The value function of a policy satisfies the Bellman expectation"
                + " equation for every state.", 30, "  A. ", "     ");

        assertThat(lines).containsExactly(
                "  A. The value function of a",
                "     policy satisfies the",
                "     Bellman expectation",
                "     equation for every state.");
    }

    @Test
    void neverBreaksAWordThatFitsOnALine() {
        List<String> lines = TerminalText.wrap("xxxxxxxxxxxxxxxxxxxxxxx function", 30, "", "");

        assertThat(lines).containsExactly("xxxxxxxxxxxxxxxxxxxxxxx", "function");
    }

    @Test
    void splitsOnlyAWordWiderThanTheLine() {
        assertThat(TerminalText.wrap("ab " + "x".repeat(12), 5, "", "")).containsExactly("ab", "xxxxx", "xxxxx",
                "xx");
    }

    @Test
    void keepsLineBreaksOfTheTextAsNewIndentedLines() {
        assertThat(TerminalText.wrap("first line\nsecond", 40, "- ", "  ")).containsExactly("- first line",
                "  second");
    }

    @Test
    void wrapsChineseByDisplayWidthBetweenCharacters() {
        List<String> lines = TerminalText.wrap("每个头独立计算自己的注意力，唯一的交互是拼接。", 12, "", "");

        assertThat(lines).containsExactly("每个头独立计", "算自己的注意", "力，唯一的交", "互是拼接。");
        assertThat(lines).allMatch(l -> TerminalText.columns(l) <= 12);
    }

    @Test
    void neverStartsALineWithClosingPunctuationNorEndsOneWithOpening() {
        List<String> lines = TerminalText.wrap("一二三四五，（六七）八", 10, "", "");

        assertThat(lines).containsExactly("一二三四", "五，（六", "七）八");
    }

    @Test
    void breaksBetweenChineseAndLatinWithoutASpace() {
        assertThat(TerminalText.wrap("状态价值v(s)等于", 10, "", "")).containsExactly("状态价值", "v(s)等于");
    }

    @Property(seed = "42")
    void noLineIsWiderThanAllowedAndNoTextIsLost(@ForAll @StringLength(max = 200)
                                                 @Chars({'a', 'b', ' ', '中', '，', '（', 'x'}) String text,
                                                 @ForAll @IntRange(min = 4, max = 40) int width) {
        List<String> lines = TerminalText.wrap(text, width, "> ", "  ");

        assertThat(lines).allMatch(l -> TerminalText.columns(l) <= width);
        assertThat(String.join("", lines).replaceAll("[> ]", "")).isEqualTo(text.replace(" ", ""));
    }
}
