package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aibasis.grader.cli.practice.Planner;
import org.aibasis.grader.cli.practice.PracticeState;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz practice} driven in-process through standard input. */
class QuizPracticeTests {
    private static final String BANK = "rl-bandits";

    @TempDir
    Path dir;

    static QuizLibrary library() {
        return QuizLibrary.load(Cli.home().resolve("quizzes"));
    }

    /** The questions the next session will ask, predicted from the state file as the command plans them. */
    static List<Planner.Planned> next(Path stateFile, int count) {
        PracticeState state = PracticeState.load(stateFile).state();
        int session = state.startSession();
        List<Bank> pool = List.of(library().bank(BANK).orElseThrow());
        return Planner.plan(pool, state, session, count, "aibasis");
    }

    /** A line that answers {@code q} right (or wrongly). */
    static String answer(PosedQuestion q, boolean right) {
        return switch (q.key()) {
            case Key.OneOption one -> right ? q.letterOf(one.optionId())
                    : q.letterOf(q.optionOrder().stream().filter(id -> !id.equals(one.optionId())).findFirst()
                    .orElseThrow());
            case Key.Options many -> right ? String.join("", q.optionOrder().stream()
                    .filter(many.optionIds()::contains).map(q::letterOf).toList())
                    : String.join("", q.optionOrder().stream().map(q::letterOf).toList());
            case Key.Truth t -> t.value() == right ? "t" : "f";
            case Key.Number n -> Double.toString(right ? n.value() : n.value() + 1000);
        };
    }

    private Cli.Run practice(Path state, String input, String... more) {
        String[] args = Stream.concat(Stream.of("quiz", "practice", "--home", Cli.home().toString(), "--bank", BANK,
                "--state", state.toString()), Stream.of(more)).toArray(String[]::new);
        return Cli.withInput(input, args);
    }

    @Test
    void asksOneAtATimeReAsksOnBadInputAndGivesFeedbackAndASummaryByTopic() throws IOException {
        Path state = dir.resolve("practice.json");
        List<Planner.Planned> plan = next(state, 2);
        PosedQuestion first = plan.get(0).posed();
        PosedQuestion second = plan.get(1).posed();
        String input = "\n" + "zz\n" + "?\n" + answer(first, false) + "\n" + answer(second, true) + "\n";

        Cli.Run run = practice(state, input, "--count", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out).contains("Question 1/2", first.text().en(), "Question 2/2", second.text().en());
        assertThat(out).contains("Type an answer (? for help, q to quit).");
        assertThat(out).contains("Multiple response: every letter you tick");
        assertThat(out).contains("Wrong.", "Right.", "Explanation: " + first.explanation().en());
        if (first.key() instanceof Key.OneOption one) {
            assertThat(out).contains("Key: " + first.letterOf(one.optionId()))
                    .contains("You did not tick " + first.letterOf(one.optionId()) + ", a correct option.");
        }
        assertThat(out).contains("Summary: 1 / 2 points on 2 of 2 questions.").containsPattern("rl\\s+1/2\\s+50%");
        PracticeState saved = PracticeState.load(state).state();
        assertThat(saved.card(first.qualifiedId()).orElseThrow().box()).isEqualTo(1);
        assertThat(saved.card(second.qualifiedId()).orElseThrow().box()).isEqualTo(2);
    }

    @Test
    void aMissedQuestionComesBackFirstInTheNextSessionAndARightOneLater() {
        Path state = dir.resolve("queue.json");
        PosedQuestion missed = next(state, 1).get(0).posed();
        assertThat(practice(state, answer(missed, false) + "\n", "--count", "1").exitCode()).isZero();

        List<Planner.Planned> second = next(state, 2);
        assertThat(second.get(0).posed().qualifiedId()).isEqualTo(missed.qualifiedId());
        assertThat(second.get(0).reason()).isEqualTo(Planner.Reason.REVIEW);
        assertThat(second.get(1).reason()).isEqualTo(Planner.Reason.NEW);
        Cli.Run run = practice(state, answer(second.get(0).posed(), true) + "\n" + answer(second.get(1).posed(),
                true) + "\n", "--count", "2");
        assertThat(run.out()).contains("review, box 1").contains("(box 2; comes back in session 4)");

        List<Planner.Planned> third = next(state, 3);
        assertThat(third).extracting(p -> p.posed().qualifiedId()).doesNotContain(missed.qualifiedId());
        assertThat(third).extracting(Planner.Planned::reason).containsOnly(Planner.Reason.NEW);
        PracticeState.Card card = PracticeState.load(state).state().card(missed.qualifiedId()).orElseThrow();
        assertThat(card).isEqualTo(new PracticeState.Card(2, 4, 2, 1));
    }

    @Test
    void parameterizedQuestionsGetAFreshVariantEachSession() {
        Bank bank = library().bank(BANK).orElseThrow();
        PracticeState state = PracticeState.empty();
        List<java.util.Map<String, Double>> seen = new java.util.ArrayList<>();
        for (int session = 1; session <= 4; session++) {
            Planner.plan(List.of(bank), state, session, 50, "aibasis").stream()
                    .filter(p -> p.posed().question().id().equals("incremental-mean"))
                    .forEach(p -> seen.add(p.posed().parameters()));
        }
        assertThat(seen).hasSize(4);
        assertThat(seen.get(0)).isNotEmpty();
        assertThat(new java.util.HashSet<>(seen)).hasSizeGreaterThan(1);
    }

    @Test
    void quittingOrEndOfInputKeepsWhatWasAnswered() {
        Path state = dir.resolve("q.json");
        Cli.Run none = practice(state, "", "--count", "3");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("(end of input: stopping)", "No question answered");
        assertThat(state).doesNotExist();

        PosedQuestion first = next(state, 1).get(0).posed();
        Cli.Run quit = practice(state, answer(first, true) + "\nq\n", "--count", "3");
        assertThat(quit.out()).contains("Summary: 1 / 1 points on 1 of 3 questions.");
        assertThat(PracticeState.load(state).state().cards()).containsOnlyKeys(first.qualifiedId());
    }

    @Test
    void chineseQuestionsAndMessagesWithLangZh() {
        Path state = dir.resolve("zh.json");
        PosedQuestion first = next(state, 1).get(0).posed();
        Cli.Run run = practice(state, "zz\n" + answer(first, true) + "\n", "--count", "1", "--lang", "zh");
        assertThat(run.out()).contains(first.text().zh(), "正确。", "解析：", "小结：");
    }

    @Test
    void unknownTopicOrBankIsAOneLineError() {
        Cli.Run topic = Cli.withInput("", "quiz", "practice", "--home", Cli.home().toString(), "--topic", "astrology",
                "--state", dir.resolve("t.json").toString());
        assertThat(topic.exitCode()).isEqualTo(2);
        assertThat(topic.err().strip()).startsWith("error: unknown topic 'astrology'").doesNotContain("\n");
        Cli.Run bank = Cli.withInput("", "quiz", "practice", "--home", Cli.home().toString(), "--bank", "nope",
                "--state", dir.resolve("t.json").toString());
        assertThat(bank.exitCode()).isEqualTo(2);
        assertThat(bank.err()).contains("error: unknown bank 'nope'", BANK);
    }

    @Test
    void aBrokenStateFileIsReportedWithItsNameKeptAsACopyAndPractiseGoesOn() throws IOException {
        Path state = dir.resolve("broken.json");
        Files.writeString(state, "{\n  \"format\": \"aibasis-practice/1\",\n  \"questions\": {,\n}");
        PosedQuestion first = next(dir.resolve("fresh.json"), 1).get(0).posed();

        Cli.Run run = practice(state, answer(first, true) + "\n", "--count", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: " + state + ":3: not valid JSON");
        assertThat(PracticeState.backup(state)).exists().content().contains("\"questions\": {,");
        assertThat(PracticeState.load(state).problem()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aHugeStateFileIsNotReadButKeptAsACopy() throws IOException {
        Path state = dir.resolve("huge.json");
        Files.writeString(state, "{\"pad\": \"" + "x".repeat((int) PracticeState.MAX_FILE_BYTES) + "\"}");

        PracticeState.Loaded loaded = PracticeState.load(state);

        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains(state.toString(),
                "larger than 4 MiB", "was not read"));
        assertThat(PracticeState.backup(state)).exists();
    }
}
