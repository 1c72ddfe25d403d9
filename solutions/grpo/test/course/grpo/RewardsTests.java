package course.grpo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** R1-Zero's rule-based rewards: the format template and the answer check. */
class RewardsTests {

    @Test
    @Points(2)
    @Hint(value = "Format reward 1 only for <think>T</think> then <answer>A</answer>, with only whitespace before, "
            + "between and after, each tag exactly once (case-sensitive), and something other than whitespace in T "
            + "and in A. Anything else, e.g. text outside the tags, a missing or repeated tag, the answer first, or "
            + "<Think>, gets 0. Whitespace is what Character.isWhitespace accepts, as strip() and isBlank() use it (not "
            + "trim()): the em space U+2003 is whitespace, the control character U+0001 is not.",
            zh = "只有 <think>T</think> 后接 <answer>A</answer>，前后和中间只有空白、每个标签恰好一次（区分大小写）、T 和 A 中"
                    + "都有非空白字符时，格式奖励才为 1。其他情况，如标签外有文字、缺少或重复标签、答案在前、或写成 <Think>，"
                    + "都得 0。空白指 Character.isWhitespace 接受的字符，strip() 和 isBlank() 正是按它判断（trim() 不是）："
                    + "全角空格 U+2003 是空白，控制字符 U+0001 不是。",
            timeout = GrpoOracle.TAG_LOOP, timeoutZh = GrpoOracle.TAG_LOOP_ZH)
    void formatRewardFollowsTheTemplate() {
        String[] good = {"<think>2 + 2 = 4</think><answer>4</answer>",
            "  <think>\nadd them\n</think>\n\n<answer> 4 </answer>\n", "<think>x</think> \t<answer>y</answer>",
            "\u2003<think>x</think>\u2003<answer>y</answer>\u2003"};
        String[] bad = {"<think>2 + 2 = 4</think>So: <answer>4</answer>", "The answer: <think>x</think><answer>4"
            + "</answer>", "<think>x</think><answer>4</answer> done", "<answer>4</answer><think>x</think>",
            "<think></think><answer>4</answer>", "<think>x</think><answer>  </answer>",
            "<think>x</think><answer>4</answer><answer>5</answer>", "<think>a<think>b</think><answer>4</answer>",
            "<Think>x</Think><answer>4</answer>", "<think>x</think><answer>4", "4", "",
            "<think>x<answer>4</answer></think>", "\u0001<think>x</think><answer>4</answer>"};
        for (String s : good) {
            assertThat(Rewards.formatReward(s)).as("format reward of %s", s.replace("\n", "\\n")).isEqualTo(1.0);
        }
        for (String s : bad) {
            assertThat(Rewards.formatReward(s)).as("format reward of %s", s.replace("\n", "\\n")).isEqualTo(0.0);
        }
    }

    @Test
    @Points(2)
    @Hint(value = "Accuracy reward 1 when the completion has exactly one <answer>...</answer> and its content, "
            + "stripped, equals the stripped reference: numerically when both are decimal numbers (0.50 = .5 = "
            + "5e-1), otherwise character for character (Paris is not paris). No answer block, or two, gets 0; the "
            + "think part does not matter here.",
            zh = "当补全恰好有一个 <answer>...</answer>，且其内容去掉首尾空白后等于去掉首尾空白的参考答案时，准确率奖励为 1："
                    + "两者都是十进制数时按数值比较（0.50 = .5 = 5e-1），否则逐字符比较（Paris 不等于 paris）。没有答案块或有两个，"
                    + "得 0；这里不管 think 部分。",
            timeout = GrpoOracle.TAG_LOOP, timeoutZh = GrpoOracle.TAG_LOOP_ZH)
    void accuracyRewardComparesTheAnswer() {
        assertThat(Rewards.accuracyReward("<think>x</think><answer>42</answer>", "42")).isEqualTo(1.0);
        assertThat(Rewards.accuracyReward("<answer> 0.50 </answer>", ".5")).as("0.50 vs .5").isEqualTo(1.0);
        assertThat(Rewards.accuracyReward("<answer>5e-1</answer>", " 0.5\n")).as("5e-1 vs 0.5").isEqualTo(1.0);
        assertThat(Rewards.accuracyReward("so <answer>Paris</answer>", "Paris")).as("text answer").isEqualTo(1.0);
        assertThat(Rewards.accuracyReward("<answer>paris</answer>", "Paris")).as("case differs").isEqualTo(0.0);
        assertThat(Rewards.accuracyReward("<answer>41</answer>", "42")).as("wrong number").isEqualTo(0.0);
        assertThat(Rewards.accuracyReward("<answer>42 apples</answer>", "42")).as("number with a word")
                .isEqualTo(0.0);
        assertThat(Rewards.accuracyReward("the answer is 42", "42")).as("no answer block").isEqualTo(0.0);
        assertThat(Rewards.accuracyReward("<answer>41</answer><answer>42</answer>", "42")).as("two answer blocks")
                .isEqualTo(0.0);
        assertThat(Rewards.accuracyReward("</answer>42<answer>", "42")).as("tags in the wrong order").isEqualTo(0.0);
        assertThat(Rewards.accuracyReward("<answer>42</answer></answer>", "42")).as("two closing tags")
                .isEqualTo(0.0);
        assertThat(Rewards.accuracyReward("<answer><answer>42</answer>", "42")).as("two opening tags")
                .isEqualTo(0.0);
        assertThatThrownBy(() -> Rewards.accuracyReward("<answer>4</answer>", " ")).as("a blank reference")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rewards.accuracyReward("<answer>4</answer>", "")).as("an empty reference")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> completions() {
        return Generators.completions();
    }

    @Property(tries = 150)
    @Points(1)
    @Hint(value = "On completions assembled from tags, whitespace, words and look-alike tags, the format reward must "
            + "follow the rules exactly: one of each tag, in the order think, /think, answer, /answer, only whitespace "
            + "outside and between the two blocks, and non-blank contents.",
            zh = "在由标签、空白、单词和形似标签拼成的补全上，格式奖励必须严格遵守规则：每种标签各一个，顺序为 think、/think、"
                    + "answer、/answer，两个块之外和之间只有空白，且内容非空白。",
            timeout = GrpoOracle.TAG_LOOP, timeoutZh = GrpoOracle.TAG_LOOP_ZH)
    void formatRewardMatchesTheRulesOnAssembledCompletions(@ForAll("completions") String s) {
        double reward = Rewards.formatReward(s);
        double expected = GrpoOracle.format(s);
        assertThat(reward).withFailMessage("format reward of \"%s\" is %s, expected %s", s.replace("\n", "\\n")
                .replace("\t", "\\t"), reward, expected).isEqualTo(expected);
    }
}
