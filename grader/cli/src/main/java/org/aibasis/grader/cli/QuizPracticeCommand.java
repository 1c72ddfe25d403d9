package org.aibasis.grader.cli;

import picocli.CommandLine.Command;

/** Placeholder until the command is written in this session; it says so instead of pretending. */
@Command(name = "practice", description = "(being written)")
final class QuizPracticeCommand implements Runnable {
    @Override
    public void run() {
        throw new Errors.UsageException("quiz practice is not available yet");
    }
}
