package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aibasis.grader.cli.practice.Planner;
import org.aibasis.grader.cli.practice.Fsrs;
import org.aibasis.quiz.variant.PosedQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quiz practice} in a real terminal: tmux runs the grader's main class (the command {@code bin/grader}
 * ends in, with this build's class path, so the test does not start a second Maven build), keys are sent with
 * {@code send-keys} and the screen is read with {@code capture-pane}. Assumed away when tmux is not installed.
 */
class QuizPracticeTerminalTests {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void answersTypedInATerminalGetFeedbackAndTheSessionEndsWithASummary() throws Exception {
        assumeTrue(onPath("tmux"), "tmux is not installed (apt-get install tmux) - terminal test skipped");
        Path state = dir.resolve("practice.json");
        List<Planner.Planned> plan = QuizPracticeTests.next(state, 2);
        PosedQuestion first = plan.get(0).posed();
        Path script = dir.resolve("practice.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(script, "#!/bin/sh\n" + "'" + java + "' -Dgrader.home='" + Cli.home() + "' -cp '"
                + System.getProperty("java.class.path") + "' org.aibasis.grader.cli.Main quiz practice --bank "
                + "rl-bandits --count 2 --state '" + state + "'\necho \"EXIT=$?\"\nsleep 300\n",
                StandardCharsets.UTF_8);
        String session = "aibasis-practice-" + ProcessHandle.current().pid();
        tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50", "sh " + script);
        try {
            waitFor(session, "Your answer (one letter");
            assertThat(screen(session)).contains("Question 1/2", first.text().en().substring(0, 40));

            tmux("send-keys", "-t", session, "zz", "Enter");
            waitFor(session, "Type one letter, A to");

            tmux("send-keys", "-t", session, QuizPracticeTests.answer(first, true), "Enter");
            waitFor(session, "Question 2/2");
            assertThat(screen(session)).contains("Right. Key: " + QuizPracticeTests.answer(first, true),
                    "Explanation: ");

            tmux("send-keys", "-t", session, "q", "Enter");
            String end = waitFor(session, "EXIT=");
            assertThat(end).contains("Summary: 1 / 1 points on 1 of 2 questions.", "EXIT=0");
            assertThat(QuizPracticeTests.saved(state).card(first.qualifiedId()).orElseThrow().memory())
                    .isEqualTo(Fsrs.standard().first(Fsrs.Rating.GOOD));
        } finally {
            new ProcessBuilder("tmux", "kill-session", "-t", session).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean onPath(String command) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    private static void tmux(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "tmux";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("tmux %s: %s", String.join(" ", args), out).isZero();
    }

    private static String screen(String session) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", session)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** Polls the screen until it shows {@code text}; returns the screen. */
    private static String waitFor(String session, String text) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        String shown = "";
        while (Instant.now().isBefore(until)) {
            shown = screen(session);
            if (shown.contains(text)) {
                return shown;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the terminal did not show '" + text + "' within " + PATIENCE + "; it shows:\n"
                + shown);
    }
}
