package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --gradebook LMS --roster CSV}: gradebooks keyed by the roster's ids, mismatches reported. */
class LmsGradebookCommandTests {
    @Test
    void writesOneRowPerRosterStudentAndReportsBothKindsOfMismatch(@TempDir Path tmp) throws IOException {
        Path knn = Cli.home().resolve("examples/class/ada-full-marks/knn-hyperparameters");
        Path cls = tmp.resolve("class");
        Cli.copyTree(knn, cls.resolve("ada/knn-hyperparameters"));
        Cli.copyTree(knn, cls.resolve("ben/knn-hyperparameters"));
        Path roster = tmp.resolve("roster.csv");
        Files.writeString(roster, "id,submission,name,email\ns001,ada,Ada Lovelace,ada@example.edu\n"
                + "s009,zoe,Zoe,zoe@example.edu\n");
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.run("batch", cls.toString(), "--out", out.toString(), "--jobs", "1", "--no-color",
                "--gradebook", "moodle,plain", "--roster", roster.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> moodle = Files.readAllLines(out.resolve("gradebook-moodle.csv"));
        assertThat(moodle.get(0)).startsWith("ID number,Email address,Full name,").endsWith(",Autograder total");
        assertThat(moodle).hasSize(3);
        assertThat(moodle.get(1)).startsWith("s001,ada@example.edu,Ada Lovelace,");
        assertThat(moodle.get(2)).as("no grades for a student without a submission")
                .matches("s009,zoe@example.edu,Zoe,+");
        assertThat(out.resolve("gradebook-plain.csv")).isRegularFile();
        assertThat(run.err()).contains("not on the roster", "ben").contains("without a submission", "s009 (Zoe)");
    }

    @Test
    void aBrokenRosterIsRefusedBeforeGradingNamingItsLine(@TempDir Path tmp) throws IOException {
        Path roster = tmp.resolve("roster.csv");
        Files.writeString(roster, "id,name\ns001,Ada\n,Nobody\n");

        Cli.Run run = Cli.run("batch", Cli.home().resolve("examples/class").toString(), "--out",
                tmp.resolve("out").toString(), "--gradebook", "canvas", "--roster", roster.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(roster + ":3:", "id is empty");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aGradebookNeedsARosterAndAKnownLms(@TempDir Path tmp) {
        Path cls = Cli.home().resolve("examples/class");
        Cli.Run noRoster = Cli.run("batch", cls.toString(), "--out", tmp.resolve("a").toString(), "--gradebook",
                "moodle");
        Cli.Run unknown = Cli.run("batch", cls.toString(), "--out", tmp.resolve("b").toString(), "--gradebook",
                "blackboard", "--roster", cls.resolve("nothing.csv").toString());

        assertThat(noRoster.exitCode()).isEqualTo(2);
        assertThat(noRoster.err()).contains("--gradebook needs --roster");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("blackboard", "moodle, canvas, plain");
    }
}
