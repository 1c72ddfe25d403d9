package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;
import org.junit.jupiter.api.Test;

/** The terminal summary: readable, narrow, coloured only on request, and immune to escape sequences. */
class TerminalSummaryTests {
    private static final String SGR = "\u001b\\[[0-9;]*m";

    private static List<String> lines(String s) {
        return s.replaceAll(SGR, "").lines().toList();
    }

    @Test
    void summarizesEveryExercise() {
        String out = TerminalSummary.render(Fixtures.everything(), false);
        List<String> lines = lines(out);

        assertThat(lines.get(0)).isEqualTo("Submission ben-max-backup: 2 / 24 points (8%)");
        assertThat(out).contains(
                "mdp-evaluation  MDP policy evaluation\n  [####................]  2 / 10  graded, 1 of 5 tests passed",
                "  [....................]   0 / 6  compile error, no test ran (2 tests)",
                "  [....................]   0 / 5  missing, no test ran (1 test)",
                "  [....................]   0 / 3  rejected, no test ran (1 test)");
        assertThat(out).endsWith("\n");
    }

    @Test
    void givesEveryTestThatDidNotPassItsReasonCounterexampleAndHint() {
        String out = TerminalSummary.render(Fixtures.everything(), false);

        assertThat(out).contains("""
                  failed    iterative matches exact  0 / 3
                      why: state 2: expected -1.75 but was 4.0
                      counterexample: mdp: Mdp[states=3]; gamma: 0.9  (seed -4048877233920043478)
                      hint: Policy evaluation averages over the policy's actions.
                """);
        assertThat(out).contains("  errored   q from v  0 / 2.5\n      why: java.lang.ArithmeticException: / by zero\n"
                + "      hint: Check the discount factor.\n");
        assertThat(out).contains("  timed out converges on a large MDP  0 / 1.5\n"
                + "      why: did not finish within 2.5 s; the test was stopped.\n");
        assertThat(out).contains("  not run   v from q  0 / 1\n");
        assertThat(out).doesNotContain("exact evaluation on a chain");
    }

    @Test
    void showsCompileErrorsWithTheLineAndACaret() {
        List<String> lines = lines(TerminalSummary.render(Fixtures.everything(), false));

        int at = lines.indexOf("  astar-consistency/src/course/search/AStar.java:12:17: cannot find symbol");
        assertThat(at).isPositive();
        assertThat(lines.get(at + 1)).isEqualTo("    12 |         int n = frontier.size();");
        assertThat(lines.get(at + 2).indexOf('^')).isEqualTo(lines.get(at + 1).indexOf("frontier"));
        assertThat(lines.get(at + 3)).isEqualTo("    symbol:   variable frontier");
        assertThat(lines).contains("  why: no file attention-scaling/src/course/attention/Attention.java in the "
                + "submission");
        assertThat(lines).anyMatch(l -> l.startsWith("  next: Your code does not compile"));
    }

    @Test
    void usesColoursOnlyWhenAsked() {
        String plain = TerminalSummary.render(Fixtures.everything(), false);
        String colored = TerminalSummary.render(Fixtures.everything(), true);

        assertThat(plain).doesNotContain("\u001b");
        assertThat(colored).contains("\u001b[31m", "\u001b[0m");
        assertThat(colored.replaceAll(SGR, "")).isEqualTo(plain);
    }

    @Test
    void neverWiderThanOneHundredColumns() {
        String longName = "a-very-long-exercise-identifier-".repeat(6);
        String cjk = "策略评估对策略的动作取平均，按其概率加权；记得乘以折扣因子，并在变化足够小时停止迭代。".repeat(3);
        ExerciseResult e = new ExerciseResult(new ExerciseInfo(longName, "标题 ".repeat(60), "t"),
                new ExerciseStatus.Graded(), List.of(new TestResult("T." + "x".repeat(150), "显示名".repeat(50), 1,
                new Outcome.Failed("m".repeat(300), Optional.of(new Counterexample("y".repeat(300), "1".repeat(40),
                        Optional.empty()))), Optional.of(cjk + " " + "word ".repeat(80)), "")),
                List.of(new Diagnostic("F.java", 1, 400, "n".repeat(200), "z".repeat(600))));
        SubmissionResult r = new SubmissionResult("s".repeat(200), List.of(e, Fixtures.compileError()));

        for (boolean color : List.of(false, true)) {
            for (String line : lines(TerminalSummary.render(r, color))) {
                assertThat(TerminalText.columns(line)).as(line).isLessThanOrEqualTo(TerminalSummary.WIDTH);
            }
        }
        for (String line : lines(TerminalSummary.render(Fixtures.hostile(), true))) {
            assertThat(TerminalText.columns(line)).as(line).isLessThanOrEqualTo(TerminalSummary.WIDTH);
        }
    }

    @Test
    void longReasonsAndHintsAreWrappedAtWordsNotCut() {
        String reason = "expected the value of state 3 under the uniform random policy to be -14.0 but was -13.5;"
                + " the iteration stopped before the largest change fell below theta";
        String hint = "策略评估对策略的所有动作取平均，按其概率加权；记得乘以折扣因子，并在最大变化足够小时停止迭代，"
                + "否则远离终止状态的值还没有收敛。";
        ExerciseResult e = new ExerciseResult(new ExerciseInfo("mdp-evaluation", "MDP policy evaluation", "rl"),
                new ExerciseStatus.Graded(), List.of(new TestResult("T.t", "random policy values", 1,
                new Outcome.Failed(reason, Optional.empty()), Optional.of(hint), "")), List.of());

        List<String> lines = lines(TerminalSummary.render(new SubmissionResult("s", List.of(e)), false));

        int why = lines.indexOf(lines.stream().filter(l -> l.startsWith("      why: ")).findFirst().orElseThrow());
        String joined = String.join(" ", lines.subList(why, why + 2)).replaceAll("\\s+", " ");
        assertThat(joined).isEqualTo(" why: " + reason);
        assertThat(lines.get(why + 1)).startsWith("           ").doesNotContain("\u2026");
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("      hint: ")).findFirst().orElseThrow());
        assertThat(lines.get(at + 1)).startsWith("            ");
        assertThat((lines.get(at).substring(12) + lines.get(at + 1).strip())).isEqualTo(hint);
        assertThat(lines.get(at + 1).strip()).doesNotStartWith("，").doesNotStartWith("。");
        assertThat(lines).allMatch(l -> TerminalText.columns(l) <= TerminalSummary.WIDTH);
    }

    @Test
    void aReasonLongerThanTheLimitSaysHowManyLinesTheReportHas() {
        String reason = "word ".repeat(400);
        ExerciseResult e = new ExerciseResult(new ExerciseInfo("x", "X", "rl"), new ExerciseStatus.Graded(),
                List.of(new TestResult("T.t", "t", 1, new Outcome.Failed(reason, Optional.empty()), Optional.empty(),
                        "")), List.of());

        List<String> lines = lines(TerminalSummary.render(new SubmissionResult("s", List.of(e)), false));

        List<String> why = lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("      why: "))
                .findFirst().orElseThrow()), lines.size());
        int total = TerminalText.wrap(reason, TerminalSummary.WIDTH, "      why: ", "           ").size();
        assertThat(why.get(TerminalSummary.MAX_LINES - 1)).isEqualTo("           ("
                + (total - TerminalSummary.MAX_LINES + 1) + " more lines in the report)");
    }

    @Test
    void studentTextCannotSendEscapeSequences() {
        String plain = TerminalSummary.render(Fixtures.hostile(), false);
        String colored = TerminalSummary.render(Fixtures.hostile(), true);

        assertThat(plain).doesNotContain("\u001b", "\u0000", "\u202e").contains("\u241b[2J");
        assertThat(colored.replaceAll(SGR, "")).doesNotContain("\u001b");
        assertThat(colored.replaceAll("\u001b\\[(0|1|2|31|32|33)m", "")).doesNotContain("\u001b");
    }
}
