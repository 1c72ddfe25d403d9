package org.aibasis.grader.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.aibasis.grader.cli.practice.Planner;
import org.aibasis.grader.cli.practice.PracticeSession;
import org.aibasis.grader.cli.practice.PracticeState;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quiz practice}: questions one at a time in the terminal, with feedback and a spaced review queue. */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = {"Practise in the terminal: questions one at a time, feedback after each, a summary by topic.",
                "Answer with a letter (single choice), letters like AC (multiple response), t/f, or a number; "
                        + "? for help, q to quit. Reads one line per answer, so input may also be piped.",
                "Spaced retrieval: a local review queue scheduled by the FSRS-6 memory model brings a question "
                        + "back when its predicted recall falls to 90% (a missed one in the next session), before new "
                        + "ones; right is graded good, partly right hard, wrong again. The summary shows per topic "
                        + "when it is next due and the predicted recall."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the session ended (q, or every question answered)",
                "2:bad usage (an unknown topic or bank, a bad option)",
                Errors.INTERNAL_EXIT})
final class QuizPracticeCommand implements Callable<Integer> {
    /** Columns when the terminal's width is not known. */
    static final int DEFAULT_WIDTH = 80;

    @Mixin
    CommonOptions common;

    @Option(names = "--topic", paramLabel = "T", description = "Only banks of this topic (e.g. rl, search).")
    String topic;

    @Option(names = "--bank", paramLabel = "B", description = "Only this bank.")
    String bank;

    @Option(names = "--count", paramLabel = "N", defaultValue = "10",
            description = "Questions in the session, at least 1. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = ReportLanguage.Code.class,
            description = "Language of the questions and messages. Default: ${DEFAULT-VALUE}.")
    Language language;

    @Option(names = "--state", paramLabel = "FILE",
            description = "The review queue (JSON). Default: ~/.aibasis/practice.json. A Leitner-box queue of an "
                    + "earlier version is migrated (and kept as FILE.leitner).")
    Path stateFile;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Wrap texts at this many columns. Default: $COLUMNS if set, else 80.")
    Integer width;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new Errors.UsageException("--count must be at least 1, was " + count);
        }
        QuizLibrary library = QuizLibrary.load(common.quizzes());
        List<Bank> pool = pool(library);
        Path file = stateFile != null ? stateFile : Path.of(System.getProperty("user.home"), ".aibasis",
                "practice.json");
        Clock clock = Clock.systemDefaultZone();
        PracticeState.Loaded loaded = PracticeState.load(file, clock.instant());
        loaded.problem().ifPresent(p -> System.err.println("warning: " + p));
        loaded.migrated().ifPresent(m -> System.err.println("note: " + file + ": " + m));
        PracticeState state = loaded.state();
        int session = state.startSession();
        List<Planner.Planned> planned = Planner.plan(pool, state, session, count, GradingOptions.DEFAULT_SEED,
                clock.instant());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new PracticeSession(in, System.out, new PracticeSession.Setup(language, columns(), clock, pool), state, file,
                session).run(planned);
        return 0;
    }

    /** The terminal's width: --width, else $COLUMNS (when a shell exports it), else 80. */
    private int columns() {
        if (width != null) {
            if (width < 20) {
                throw new Errors.UsageException("--width must be at least 20, was " + width);
            }
            return width;
        }
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "").strip());
            return columns >= 20 ? columns : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    private List<Bank> pool(QuizLibrary library) {
        List<Bank> banks = library.banks();
        if (bank != null) {
            Bank b = library.bank(bank).orElseThrow(() -> new Errors.UsageException("unknown bank '" + bank
                    + "' (known: " + String.join(", ", library.banks().stream().map(Bank::id).toList()) + ")"));
            banks = List.of(b);
        }
        if (topic != null) {
            List<String> topics = library.banks().stream().map(Bank::topic).distinct().sorted().toList();
            if (!topics.contains(topic)) {
                throw new Errors.UsageException("unknown topic '" + topic + "' (topics with a bank: "
                        + String.join(", ", topics) + ")");
            }
            String wanted = topic;
            banks = banks.stream().filter(b -> b.topic().equals(wanted)).toList();
            if (banks.isEmpty()) {
                throw new Errors.UsageException("bank '" + bank + "' is not of topic '" + topic + "'");
            }
        }
        if (banks.stream().allMatch(b -> b.questions().isEmpty())) {
            throw new Errors.UsageException("no valid question to practise (run `grader quiz validate`)");
        }
        return banks;
    }
}
