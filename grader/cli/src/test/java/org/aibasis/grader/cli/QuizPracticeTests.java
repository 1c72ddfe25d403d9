package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.aibasis.grader.cli.practice.Fsrs;
import org.aibasis.grader.cli.practice.Planner;
import org.aibasis.grader.cli.practice.PracticeState;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.aibasis.reports.TerminalText;
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
        PracticeState state = PracticeState.load(stateFile, Instant.now()).state();
        int session = state.startSession();
        List<Bank> pool = List.of(library().bank(BANK).orElseThrow());
        return Planner.plan(pool, state, session, count, "aibasis", Instant.now());
    }

    static PracticeState saved(Path stateFile) {
        return PracticeState.load(stateFile, Instant.now()).state();
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
                "--state", state.toString(), "--width", "1000"), Stream.of(more)).toArray(String[]::new);
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
        PracticeState saved = saved(state);
        PracticeState.Card missed = saved.card(first.qualifiedId()).orElseThrow();
        assertThat(missed.memory()).isEqualTo(Fsrs.standard().first(Fsrs.Rating.AGAIN));
        assertThat(missed.isDue(Instant.now())).isTrue();
        PracticeState.Card right = saved.card(second.qualifiedId()).orElseThrow();
        assertThat(right.memory()).isEqualTo(Fsrs.standard().first(Fsrs.Rating.GOOD));
        assertThat(Duration.between(right.lastReview(), right.due())).isEqualTo(Duration.ofDays(2));
        assertThat(out).contains("(due again in the next session; memory stability 0.2 days, difficulty 6.4 of 10)",
                "(next review in 2 days, on " + LocalDate.ofInstant(right.due(), ZoneId.systemDefault())
                        + ", when recall is predicted to fall to 90%; memory stability 2.3 days, difficulty 2.1 of 10)");
        assertThat(out).containsPattern("Memory \\(FSRS-6.*\\n.*\\n  rl\\s+2\\s+1\\s+now\\s+\\d+%");
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
        assertThat(run.out()).contains("1 due for review, 1 new", "review, predicted recall ",
                "(next review in 1 day, on ", "(next review in 2 days, on ");

        List<Planner.Planned> third = next(state, 3);
        assertThat(third).extracting(p -> p.posed().qualifiedId()).doesNotContain(missed.qualifiedId());
        assertThat(third).extracting(Planner.Planned::reason).containsOnly(Planner.Reason.NEW);
        PracticeState.Card card = saved(state).card(missed.qualifiedId()).orElseThrow();
        Fsrs fsrs = Fsrs.standard();
        // answered again the same day: FSRS-6's short-term stability
        assertThat(card.memory()).isEqualTo(fsrs.next(fsrs.first(Fsrs.Rating.AGAIN), 0, Fsrs.Rating.GOOD));
        assertThat(List.of(card.asked(), card.right(), card.lapses())).containsExactly(2, 1, 0);
    }

    @Test
    void wrapsLongTextsAtWordBoundariesToTheTerminalWidth() {
        Path state = dir.resolve("wrap.json");
        List<Planner.Planned> plan = next(state, 3);
        String input = plan.stream().map(p -> answer(p.posed(), false) + "\n").reduce("", String::concat);

        Cli.Run run = Cli.withInput(input, "quiz", "practice", "--home", Cli.home().toString(), "--bank", BANK,
                "--state", state.toString(), "--count", "3", "--width", "60");

        List<String> lines = run.out().lines().toList();
        assertThat(lines).allMatch(l -> TerminalText.columns(l) <= 60);
        java.util.Set<String> words = new java.util.HashSet<>();
        lines.forEach(l -> words.addAll(List.of(l.strip().split("\\s+"))));
        for (Planner.Planned p : plan) {
            String text = p.posed().text().en();
            assertThat(text.length()).isGreaterThan(60);
            assertThat(words).containsAll(List.of(text.split("\\s+")));
            List<String> wrapped = TerminalText.wrap(text, 60, "", "");
            assertThat(String.join("\n", lines)).contains(String.join("\n", wrapped));
        }
    }

    @Test
    void aLeitnerQueueIsMigratedAndKeptAsACopy() throws IOException {
        Path state = dir.resolve("leitner.json");
        List<Planner.Planned> fresh = next(dir.resolve("none.json"), 3);
        String[] ids = fresh.stream().map(p -> p.posed().qualifiedId()).toArray(String[]::new);
        String leitner = """
                {"format": "aibasis-practice/1", "sessions": 6, "questions": {
                  "%s": {"box": 1, "due": 7, "asked": 3, "right": 1},
                  "%s": {"box": 3, "due": 9, "asked": 2, "right": 2},
                  "%s": {"box": 5, "due": 20, "asked": 5, "right": 4}}}
                """.formatted(ids[0], ids[1], ids[2]);
        Files.writeString(state, leitner);

        List<Planner.Planned> plan = next(state, 1);
        Cli.Run run = practice(state, answer(plan.get(0).posed(), true) + "\n", "--count", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: " + state + ": migrated 3 questions of the Leitner review queue",
                "1 due now", "kept as leitner.json.leitner");
        assertThat(plan.get(0).posed().qualifiedId()).isEqualTo(ids[0]);
        assertThat(plan.get(0).reason()).isEqualTo(Planner.Reason.REVIEW);
        assertThat(PracticeState.leitnerCopy(state)).hasContent(leitner);
        assertThat(Files.readString(state)).contains("\"format\" : \"" + PracticeState.FORMAT + "\"");
        PracticeState migrated = saved(state);
        assertThat(migrated.sessions()).isEqualTo(7);
        assertThat(migrated.card(ids[1]).orElseThrow().due()).isAfter(Instant.now().plus(Duration.ofDays(1)));
        assertThat(migrated.card(ids[2]).orElseThrow().asked()).isEqualTo(5);
    }

    @Test
    void parameterizedQuestionsGetAFreshVariantEachSession() {
        Bank bank = library().bank(BANK).orElseThrow();
        PracticeState state = PracticeState.empty();
        List<java.util.Map<String, Double>> seen = new java.util.ArrayList<>();
        for (int session = 1; session <= 4; session++) {
            Planner.plan(List.of(bank), state, session, 50, "aibasis", Instant.now()).stream()
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
        assertThat(saved(state).cards()).containsOnlyKeys(first.qualifiedId());
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
        assertThat(PracticeState.load(state, Instant.now()).problem()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aHugeStateFileIsNotReadButKeptAsACopy() throws IOException {
        Path state = dir.resolve("huge.json");
        Files.writeString(state, "{\"pad\": \"" + "x".repeat((int) PracticeState.MAX_FILE_BYTES) + "\"}");

        PracticeState.Loaded loaded = PracticeState.load(state, Instant.now());

        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains(state.toString(),
                "larger than 4 MiB", "was not read"));
        assertThat(PracticeState.backup(state)).exists();
    }
}
