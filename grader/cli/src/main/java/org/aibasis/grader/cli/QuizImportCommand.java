package org.aibasis.grader.cli;

import picocli.CommandLine.Command;

/** Placeholder until the command is written in this session; it says so instead of pretending. */
@Command(name = "import", description = "(being written)")
final class QuizImportCommand implements Runnable {
    @Override
    public void run() {
        throw new Errors.UsageException("quiz import is not available yet");
    }
}
