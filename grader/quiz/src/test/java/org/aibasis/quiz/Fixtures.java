package org.aibasis.quiz;

import java.nio.file.Path;
import java.util.List;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.BankParser;
import org.aibasis.quiz.bank.Problem;

/** Small banks written in the tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A valid bank with one question of each type, one of them parameterized. */
    public static final String DEMO = """
            bank: demo
            topic: rl
            title: {en: "Demo", zh: "示例"}
            scheme: net-correct
            questions:
              - id: greedy
                type: single
                text: {en: "Which action does a greedy policy take?", zh: "贪心策略选哪个动作？"}
                options:
                  - text: {en: "The one with the largest Q", zh: "Q 最大的"}
                    correct: true
                  - text: {en: "A random one", zh: "随机的"}
                    feedback: {en: "That is exploration.", zh: "那是探索。"}
                  - text: {en: "The least tried one", zh: "尝试最少的"}
                  - text: {en: "The last one", zh: "最后一个"}
                explanation: {en: "Greedy = argmax Q.", zh: "贪心即 argmax Q。"}
              - id: bandit-facts
                type: multiple
                points: 2
                text: {en: "Which hold for UCB?", zh: "关于 UCB 哪些成立？"}
                options:
                  - id: untried
                    text: {en: "An untried arm counts as maximal", zh: "未试过的臂视为最大"}
                    correct: true
                    feedback: {en: "N = 0 makes the bonus infinite.", zh: "N = 0 使奖励项无穷大。"}
                  - id: bonus
                    text: {en: "The bonus shrinks as N grows", zh: "奖励项随 N 增大而减小"}
                    correct: true
                  - id: random
                    text: {en: "It explores at random", zh: "它随机探索"}
                    feedback: {en: "UCB explores deterministically.", zh: "UCB 的探索是确定性的。"}
                  - id: forget
                    text: {en: "It forgets old rewards", zh: "它遗忘旧奖励"}
                explanation: {en: "See the UCB rule.", zh: "见 UCB 规则。"}
              - id: explore-forever
                type: truefalse
                source: past-exam
                answer: false
                text: {en: "Greedy explores forever.", zh: "贪心会一直探索。"}
                explanation: {en: "It never explores.", zh: "它从不探索。"}
              - id: ucb-score
                type: numeric
                params:
                  q: {min: 0.2, max: 0.9, step: 0.1}
                  n: {min: 2, max: 12}
                  t: {min: 20, max: 100}
                  c: {values: [1, 2]}
                  bonus: "c * sqrt(ln(t) / n)"
                require: ["n < t"]
                answer: "q + bonus"
                tolerance: {abs: 0.005, rel: 0}
                text: {en: "Q = {q}, N = {n}, t = {t}, c = {c}. UCB score?", zh: "Q = {q}，N = {n}，t = {t}，c = {c}。UCB 分数？"}
                explanation: {en: "{q} + {bonus:3} = {answer:3}", zh: "{q} + {bonus:3} = {answer:3}"}
            """;

    /** Parses a bank written in a test as if it were {@code quizzes/<id>.yaml}. */
    public static BankParser.Result parse(String id, String yaml) {
        return BankParser.parse(Path.of("quizzes", id + ".yaml"), yaml);
    }

    /** The demo bank, which must have no problem. */
    public static Bank demo() {
        BankParser.Result r = parse("demo", DEMO);
        if (!r.problems().isEmpty()) {
            throw new AssertionError("the demo bank has problems: " + r.problems());
        }
        return r.bank().orElseThrow();
    }

    /** The messages of a list of problems, for assertions. */
    public static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
