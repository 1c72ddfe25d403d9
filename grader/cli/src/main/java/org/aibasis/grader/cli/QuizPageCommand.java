package org.aibasis.grader.cli;

import picocli.CommandLine.Command;

/** Placeholder until the command is written in this session; it says so instead of pretending. */
@Command(name = "page", description = "(being written)")
final class QuizPageCommand implements Runnable {
    @Override
    public void run() {
        throw new Errors.UsageException("quiz page is not available yet");
    }
}
