package org.aibasis.grader.cli;

import java.util.Optional;

import picocli.CommandLine.Option;

/** {@code --jobs} of the commands that grade one submission: how many of its exercises run at once. */
final class Jobs {
    /** More worker JVMs than this is a typing mistake on any machine these commands run on. */
    static final int MAX = 64;

    @Option(names = "--jobs", paramLabel = "1.." + MAX, description = "Exercises run at once, each in its own worker "
            + "JVM. Default: the number of processors (at most " + MAX + ").")
    Optional<Integer> given = Optional.empty();

    int count() {
        return count(given);
    }

    /** {@code given}, checked, or the number of processors when it is not given. */
    static int count(Optional<Integer> given) {
        int n = given.orElse(Math.min(MAX, Runtime.getRuntime().availableProcessors()));
        if (n < 1 || n > MAX) {
            throw new Errors.UsageException("--jobs must be between 1 and " + MAX + ", was " + n);
        }
        return n;
    }
}
