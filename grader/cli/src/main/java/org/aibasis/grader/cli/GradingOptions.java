package org.aibasis.grader.cli;

import picocli.CommandLine.Option;

/** Options of the commands that run tests: the seed, and the terminal's colours. */
final class GradingOptions {
    /** The seed base when none is given. */
    static final String DEFAULT_SEED = "aibasis";

    @Option(names = "--seed", paramLabel = "TEXT", defaultValue = DEFAULT_SEED,
            description = "Base of every property's seed; the same seed gives the same scores. "
                    + "Default: ${DEFAULT-VALUE}.")
    String seed;

    @Option(names = "--no-color", description = "No ANSI colours or redrawn progress lines (also when NO_COLOR is set"
            + " or the output is not a terminal).")
    boolean noColor;

    boolean color() {
        return !noColor && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }

    /** Whether progress may redraw one line: a terminal, and colours not switched off. */
    boolean redraw() {
        return !noColor && CommonOptions.interactive();
    }
}
