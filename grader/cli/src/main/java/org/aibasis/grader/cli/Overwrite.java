package org.aibasis.grader.cli;

import picocli.CommandLine.Option;

/** {@code --force}: the one way to write where the grader would otherwise refuse to. */
final class Overwrite {
    @Option(names = "--force", description = "Write even into a non-empty --out folder that the grader did not write, "
            + "or over an existing file.")
    boolean force;
}
