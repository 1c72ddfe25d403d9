package org.aibasis.quiz.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.bank.QuizDefinition;
import org.aibasis.quiz.bank.QuizDefinitionParser;
import org.aibasis.quiz.bank.Scheme;
import org.junit.jupiter.api.Test;

class VariantTests {

    @Test
    void seedIsTheDocumentedSha256Prefix() {
        // first 16 hex digits of `printf 's001|demo|1' | sha256sum`, computed outside Java
        assertThat(Long.toHexString(Seeds.attempt("s001", "demo", 1))).isEqualTo("82304f5c53bae00b");
    }

    @Test
    void splitMix64MatchesItsPublishedReferenceOutput() {
        // the reference output for seed 1234567 (as unsigned: 6457827717110365317, 3203168211198807973,
        // 9817491932198370423, 4593380528125082431), e.g. Rosetta Code "Pseudo-random numbers/Splitmix64"
        SplitMix64 rng = new SplitMix64(1234567);
        assertThat(rng.nextLong()).isEqualTo(6457827717110365317L);
        assertThat(rng.nextLong()).isEqualTo(3203168211198807973L);
        assertThat(rng.nextLong()).isEqualTo(-8629252141511181193L);
        assertThat(rng.nextLong()).isEqualTo(4593380528125082431L);
    }

    @Test
    void aBankIsAQuizOfAllItsQuestionsInAuthoredOrder() {
        QuizLibrary library = QuizLibrary.of(List.of(Fixtures.demo()), List.of());
        Attempt a = library.instantiate("demo", "s001", 1);
        assertThat(a.questions()).extracting(PosedQuestion::qualifiedId).containsExactly("demo/greedy",
                "demo/bandit-facts", "demo/explore-forever", "demo/ucb-score");
        assertThat(a.seed()).isEqualTo(Seeds.attempt("s001", "demo", 1));
        assertThat(a.maxPoints()).isEqualTo(5);
    }

    @Test
    void parametersLieOnTheirGridsAndMeetRequire() {
        Bank bank = Fixtures.demo();
        for (int s = 0; s < 300; s++) {
            PosedQuestion q = Variants.pose(bank, bank.questions().get(3), s, java.util.Optional.empty());
            Map<String, Double> p = q.parameters();
            assertThat(p.keySet()).containsExactly("q", "n", "t", "c", "bonus");
            double qv = p.get("q");
            assertThat(Math.round(qv * 10) / 10.0).as("q on the 0.1 grid, exactly").isEqualTo(qv);
            assertThat(qv).isBetween(0.2, 0.9);
            assertThat(p.get("n")).isBetween(2.0, 12.0);
            assertThat(p.get("n") % 1).isZero();
            assertThat(p.get("c")).isIn(1.0, 2.0);
            assertThat(p.get("n")).isLessThan(p.get("t"));
            assertThat(((Key.Number) q.key()).value()).isEqualTo(qv + p.get("bonus"));
            assertThat(q.text().en()).doesNotContain("{").contains("Q = " + org.aibasis.quiz.bank.Placeholders
                    .format(qv));
            assertThat(q.explanation().en()).matches("0\\.\\d+ \\+ \\d\\.\\d{3} = \\d\\.\\d{3}");
        }
    }

    @Test
    void everyGridPointIsDrawnSometimes() {
        Bank bank = Fixtures.demo();
        Set<Double> qs = new HashSet<>();
        for (int s = 0; s < 500; s++) {
            qs.add(Variants.pose(bank, bank.questions().get(3), s, java.util.Optional.empty()).parameters().get("q"));
        }
        assertThat(qs).containsExactlyInAnyOrder(0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
    }

    @Test
    void shuffleFalseKeepsTheAuthoredOrder() {
        Bank bank = Fixtures.parse("demo", Fixtures.DEMO.replace("    type: single\n", "    type: single\n"
                + "    shuffle: false\n")).bank().orElseThrow();
        for (int s = 0; s < 50; s++) {
            assertThat(Variants.pose(bank, bank.questions().get(0), s, java.util.Optional.empty()).optionOrder())
                    .containsExactly("o1", "o2", "o3", "o4");
        }
    }

    @Test
    void schemePrecedenceIsQuizThenQuestionThenBank() {
        Bank bank = Fixtures.demo();
        var multiple = bank.questions().get(1);
        assertThat(((Key.Options) Variants.pose(bank, multiple, 1, java.util.Optional.empty()).key()).scheme())
                .isEqualTo(Scheme.NET_CORRECT);
        assertThat(((Key.Options) Variants.pose(bank, multiple, 1, java.util.Optional.of(Scheme.PS50)).key())
                .scheme()).isEqualTo(Scheme.PS50);
        Bank own = Fixtures.parse("demo", Fixtures.DEMO.replace("    points: 2\n", "    points: 2\n"
                + "    scheme: per-decision\n")).bank().orElseThrow();
        assertThat(((Key.Options) Variants.pose(own, own.questions().get(1), 1, java.util.Optional.empty()).key())
                .scheme()).isEqualTo(Scheme.PER_DECISION);
    }

    private static Bank second() {
        return Fixtures.parse("search-basics", """
                bank: search-basics
                topic: search
                title: {en: "Search", zh: "搜索"}
                questions:
                """ + String.join("", java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(i -> """
                  - id: s%d
                    type: truefalse
                    source: %s
                    answer: true
                    text: {en: "S%d", zh: "S%d"}
                    explanation: {en: "E", zh: "E"}
                """.formatted(i, i <= 2 ? "past-exam" : "notes", i, i)).toList())).bank().orElseThrow();
    }

    @Test
    void quizDefinitionsDrawNOfMPerBankAndPerTopic() {
        QuizDefinitionParser.Result def = QuizDefinitionParser.parse(Path.of("quizzes", "quizzes", "mixed.yaml"), """
                quiz: mixed
                title: {en: "Mixed", zh: "混合"}
                scheme: ps50
                draw:
                  - {bank: demo, count: 2}
                  - {topic: search, count: 1, source: past-exam}
                  - {topic: search, count: 3}
                """);
        assertThat(def.problems()).isEmpty();
        QuizLibrary library = QuizLibrary.of(List.of(Fixtures.demo(), second()), List.of(def.quiz().orElseThrow()));
        assertThat(library.problems()).isEmpty();
        Set<List<String>> seen = new HashSet<>();
        for (int s = 0; s < 100; s++) {
            Attempt a = library.instantiate("mixed", "student-" + s, 1);
            List<String> ids = a.questions().stream().map(PosedQuestion::qualifiedId).toList();
            assertThat(ids).hasSize(6).doesNotHaveDuplicates();
            assertThat(ids.subList(0, 2)).allMatch(id -> id.startsWith("demo/"));
            assertThat(ids.get(2)).isIn("search-basics/s1", "search-basics/s2");
            assertThat(ids.subList(3, 6)).allMatch(id -> id.startsWith("search-basics/"));
            a.questions().stream().filter(q -> q.key() instanceof Key.Options)
                    .forEach(q -> assertThat(((Key.Options) q.key()).scheme()).isEqualTo(Scheme.PS50));
            seen.add(ids);
        }
        assertThat(seen.size()).as("different students get different draws").isGreaterThan(10);
    }

    @Test
    void quizDefinitionProblems() {
        QuizDefinition def = QuizDefinitionParser.parse(Path.of("quizzes", "quizzes", "big.yaml"), """
                quiz: big
                title: Big
                draw:
                  - {bank: demo, count: 5}
                  - {topic: search, count: 6}
                  - {topic: search, count: 1, source: past-exam}
                  - {bank: nope}
                  - {topic: llm}
                """).quiz().orElseThrow();
        List<Problem> problems = QuizDefinitionParser.check(def, List.of(Fixtures.demo(), second()));
        assertThat(Fixtures.messages(problems)).containsExactly(
                "quizzes/quizzes/big.yaml:4: draw wants 5 questions from bank demo but only 4 are sure to be left"
                        + " (lower count, or add questions)",
                "quizzes/quizzes/big.yaml:6: draw wants 1 questions from topic search but only 0 are sure to be"
                        + " left after the earlier overlapping entries (lower count, or add questions)",
                "quizzes/quizzes/big.yaml:7: draw from unknown bank nope (check the name against the files"
                        + " quizzes/*.yaml; a bank with problems is not loaded)",
                "quizzes/quizzes/big.yaml:8: draw from unknown topic llm (no loaded bank has this topic yet)");
        assertThat(QuizDefinitionParser.parse(Path.of("quizzes", "quizzes", "x.yaml"), "quiz: y\ndraw: [{count: 2}]\n")
                .problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("differs from the"
                + " file name")).anySatisfy(m -> assertThat(m).contains("missing 'title'"))
                .anySatisfy(m -> assertThat(m).contains("exactly one of bank or topic"));
    }

    @Test
    void unknownQuizIsAnIllegalArgument() {
        QuizLibrary library = QuizLibrary.of(List.of(Fixtures.demo()), List.of());
        assertThatThrownBy(() -> library.instantiate("nope", "s", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known: demo");
        assertThat(library.variant("nope", "s", 1)).isEmpty();
    }
}
