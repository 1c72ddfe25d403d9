package org.aibasis.grader.cli;

import picocli.CommandLine.Command;

/** Placeholder until the command is written in this session; it says so instead of pretending. */
@Command(name = "export", description = "(being written)")
final class QuizExportCommand implements Runnable {
    @Override
    public void run() {
        throw new Errors.UsageException("quiz export is not available yet");
    }
}
