package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibasis.grader.course.CourseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading PIT's mutations.xml and writing the README's column; PIT itself runs only in the mutation profile. */
class MutationSummaryTests {
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <mutations partial="true">
            <mutation detected='true' status='KILLED' numberOfTestsRun='2'><sourceFile>Knn.java</sourceFile>\
            <mutatedClass>course.knn.Knn</mutatedClass><mutatedMethod>predict</mutatedMethod>\
            <lineNumber>170</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.MathMutator</mutator>\
            <description>Replaced double subtraction with addition</description></mutation>
            <mutation detected='true' status='TIMED_OUT' numberOfTestsRun='1'><sourceFile>Knn.java</sourceFile>\
            <mutatedClass>course.knn.Knn</mutatedClass><mutatedMethod>predict</mutatedMethod>\
            <lineNumber>175</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.IncrementsMutator</mutator>\
            <description>Changed increment from 1 to -1</description></mutation>
            <mutation detected='false' status='SURVIVED' numberOfTestsRun='9'><sourceFile>Knn.java</sourceFile>\
            <mutatedClass>course.knn.Knn</mutatedClass><mutatedMethod>predict</mutatedMethod>\
            <lineNumber>178</lineNumber>\
            <mutator>org.pitest.mutationtest.engine.gregor.mutators.ConditionalsBoundaryMutator</mutator>\
            <description>changed conditional boundary</description></mutation>
            <mutation detected='false' status='NO_COVERAGE' numberOfTestsRun='0'><sourceFile>Knn.java</sourceFile>\
            <mutatedClass>course.knn.Knn</mutatedClass><mutatedMethod>k</mutatedMethod>\
            <lineNumber>44</lineNumber><mutator>org.pitest.mutationtest.engine.gregor.mutators.returns.PrimitiveReturnsMutator</mutator>\
            <description>replaced int return with 0</description></mutation>
            </mutations>
            """;

    @Test
    void killedCountsEveryDetectedMutantAndSurvivorsKeepTheirStatus(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("mutations.xml");
        Files.writeString(xml, XML);
        MutationCommand.Score score = MutationCommand.read("knn-hyperparameters", xml);
        assertThat(score.killed()).as("KILLED and TIMED_OUT are detected").isEqualTo(2);
        assertThat(score.total()).isEqualTo(4);
        assertThat(score.percent()).isEqualTo("50.0%");
        assertThat(score.survivors()).extracting(MutationCommand.Survivor::line, MutationCommand.Survivor::mutator,
                MutationCommand.Survivor::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(178, "ConditionalsBoundaryMutator", "SURVIVED"),
                        org.assertj.core.groups.Tuple.tuple(44, "PrimitiveReturnsMutator", "NO_COVERAGE"));
    }

    @Test
    void aMissingReportIsABrokenRunNotAPerfectScore(@TempDir Path dir) {
        assertThatThrownBy(() -> MutationCommand.read("x", dir.resolve("mutations.xml")))
                .isInstanceOf(CourseException.class).hasMessageContaining("mutations.xml");
    }

    @Test
    void theReadmeColumnOfEachMeasuredExerciseIsRewrittenAndNothingElse(@TempDir Path dir) throws IOException {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, """
                # Course
                | exercise | topic | what you implement | mutants killed |
                | --- | --- | --- | --- |
                | `a` | rl | one thing | not measured |
                | `b` | search | another | 1 / 2 (50.0%) |

                Text after the table | with a bar.
                """);
        MutationCommand.updateReadme(readme, List.of(new MutationCommand.Score("b", 9, 10, List.of())));
        assertThat(Files.readString(readme)).isEqualTo("""
                # Course
                | exercise | topic | what you implement | mutants killed |
                | --- | --- | --- | --- |
                | `a` | rl | one thing | not measured |
                | `b` | search | another | 9 / 10 (90.0%) |

                Text after the table | with a bar.
                """);
    }
}
