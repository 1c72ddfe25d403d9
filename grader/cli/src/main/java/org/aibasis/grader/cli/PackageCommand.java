package org.aibasis.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code package}: the grader bundled for a grading service. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Bundle the grader and the course for a grading service.",
        subcommands = {GradescopePackageCommand.class})
final class PackageCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
