package org.aibasis.grader.cli;

import picocli.CommandLine.Command;

/** Placeholder until the command is written in this session; it says so instead of pretending. */
@Command(name = "validate", description = "(being written)")
final class QuizValidateCommand implements Runnable {
    @Override
    public void run() {
        throw new Errors.UsageException("quiz validate is not available yet");
    }
}
