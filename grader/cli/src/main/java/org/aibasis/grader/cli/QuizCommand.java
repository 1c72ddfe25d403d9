package org.aibasis.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quiz}: question banks for exam self-checks and graded quizzes. */
@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = "Quizzes: practise in the terminal, make an offline quiz page, grade answers, move banks to and "
                + "from an LMS.",
        subcommands = {QuizValidateCommand.class, QuizPracticeCommand.class, QuizPageCommand.class,
                QuizGradeCommand.class, QuizExportCommand.class, QuizImportCommand.class,
                QuizSimulateCommand.class})
final class QuizCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
