package org.aibasis.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/grader}: grade submissions, check a working copy, take quizzes. */
@Command(name = "grader", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Autograder for the AI Basis course: exercises with hidden JUnit 5 + jqwik tests, and quizzes.",
        subcommands = {GradeCommand.class, BatchCommand.class, MergeCommand.class, CheckCommand.class, ListCommand.class,
                QuizCommand.class, MistakesCommand.class, MutationCommand.class, PackageCommand.class,
                AutograderCommand.class, PublishCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done; 1 a self-check with failing tests; 2 bad usage or input; "
                + "3 the course itself is broken; 4 an internal error (a bug in the grader); 130 interrupted.",
                "Each command's --help lists its own."})
public final class Main implements Runnable {
    /** The grader's version; part of the course digest, so a new grader grades again on {@code batch --resume}. */
    static final String VERSION = "aibasis grader 0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Errors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
