package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course's mistake fixtures (solutions/<id>/mistakes/) graded through the real engine: each must lose points,
 * fail the tests it lists and name its mistake. And the mechanism itself: a fixture that no longer applies, or one
 * that the hidden tests do not catch, must make the check fail loudly.
 */
class MistakeFixturesTests {

    @Test
    void everyMistakeFixtureOfTheCourseIsCaughtAndNamed() {
        Cli.Run run = Cli.run("mistakes", "--jobs", "2", "--no-color");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("caught and named").doesNotContain("NOT CAUGHT");
    }

    @Test
    void aDiffThatNoLongerAppliesBreaksTheCourse(@TempDir Path home) throws IOException {
        copyExercise(home, "mdp-evaluation");
        Path mistakes = home.resolve("solutions/mdp-evaluation/mistakes");
        Files.writeString(mistakes.resolve("stale.diff"), """
                --- a/src/course/mdp/PolicyEvaluation.java
                +++ b/src/course/mdp/PolicyEvaluation.java
                @@ -1,2 +1,2 @@
                -this line is not in the reference solution
                +nor is this one
                 neither is this
                """);
        Files.writeString(mistakes.resolve("stale.yaml"), """
                mistake: a diff written against an older reference
                mustFail: [ActionValueProperties.vFromQAveragesOverThePolicy]
                feedback: anything
                """);
        Cli.Run run = Cli.run("mistakes", "--home", home.toString(), "--no-color");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Errors.BROKEN_COURSE);
        assertThat(run.err()).contains("stale.diff").contains("no longer applies").contains("regenerate the diff");
    }

    @Test
    void aFixtureTheTestsDoNotCatchFailsTheCheck(@TempDir Path home) throws IOException {
        copyExercise(home, "mdp-evaluation");
        Path mistakes = home.resolve("solutions/mdp-evaluation/mistakes");
        // renaming a local variable is no mistake at all: the tests must pass and the check must say so
        Files.writeString(mistakes.resolve("harmless.diff"), """
                --- a/src/course/mdp/PolicyEvaluation.java
                +++ b/src/course/mdp/PolicyEvaluation.java
                @@ -161,8 +161,8 @@
                                 throw new IllegalArgumentException("row " + s + " of q has " + q[s].length
                                         + " entries but state " + s + " has " + pi.actionCount(s) + " actions");
                             }
                -            for (int a = 0; a < q[s].length; a++) {
                -                v[s] += pi.probability(s, a) * q[s][a];
                +            for (int action = 0; action < q[s].length; action++) {
                +                v[s] += pi.probability(s, action) * q[s][action];
                             }
                         }
                         return v;
                """);
        Files.writeString(mistakes.resolve("harmless.yaml"), """
                mistake: not a mistake
                mustFail: [ActionValueProperties.vFromQAveragesOverThePolicy]
                feedback: a phrase no hint contains
                """);
        Cli.Run run = Cli.run("mistakes", "--home", home.toString(), "--no-color");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("harmless").contains("NOT CAUGHT")
                .contains("ActionValueProperties.vFromQAveragesOverThePolicy passed").contains("lost no points");
    }

    @Test
    void aFixtureThatDoesNotCompileFailsTheCheck(@TempDir Path home) throws IOException {
        copyExercise(home, "mdp-evaluation");
        Path mistakes = home.resolve("solutions/mdp-evaluation/mistakes");
        // every test then loses its points, but to the compiler: that shows nothing about the tests
        Files.writeString(mistakes.resolve("typo.diff"), """
                --- a/src/course/mdp/PolicyEvaluation.java
                +++ b/src/course/mdp/PolicyEvaluation.java
                @@ -163,5 +163,5 @@
                             }
                             for (int a = 0; a < q[s].length; a++) {
                -                v[s] += pi.probability(s, a) * q[s][a];
                +                v[s] += pi.probability(s, a) * q[s][a]);
                             }
                         }
                """);
        Files.writeString(mistakes.resolve("typo.yaml"), """
                mistake: a stray parenthesis
                mustFail: [ActionValueProperties.vFromQAveragesOverThePolicy]
                feedback: vFromQ
                """);
        Cli.Run run = Cli.run("mistakes", "--home", home.toString(), "--no-color");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("typo").contains("NOT CAUGHT").contains("was not graded");
    }

    @Test
    void aDescriptorNamingNoHiddenTestBreaksTheCourse(@TempDir Path home) throws IOException {
        copyExercise(home, "mdp-evaluation");
        Path mistakes = home.resolve("solutions/mdp-evaluation/mistakes");
        Files.writeString(mistakes.resolve("v-from-q-max.yaml"), """
                mistake: a max over actions
                mustFail: [ActionValueProperties.noSuchTest]
                feedback: max
                """);
        Cli.Run run = Cli.run("mistakes", "--home", home.toString(), "--no-color");
        assertThat(run.exitCode()).isEqualTo(Errors.BROKEN_COURSE);
        assertThat(run.err()).contains("v-from-q-max.yaml").contains("noSuchTest");
    }

    /** A one-exercise course: the exercise, its solution and its fixtures, and the shared libraries. */
    private static void copyExercise(Path home, String id) throws IOException {
        for (String part : new String[] {"exercises/" + id, "solutions/" + id, "exercises/shared", "solutions/shared"}) {
            Path from = Cli.home().resolve(part);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path to = home.resolve(part).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
    }
}
