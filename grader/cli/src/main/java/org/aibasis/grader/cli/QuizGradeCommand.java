package org.aibasis.grader.cli;

import picocli.CommandLine.Command;

/** Placeholder until the command is written in this session; it says so instead of pretending. */
@Command(name = "grade", description = "(being written)")
final class QuizGradeCommand implements Runnable {
    @Override
    public void run() {
        throw new Errors.UsageException("quiz grade is not available yet");
    }
}
