package org.aibasis.grader.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.score.PlannedTest;

/**
 * What the grader computes once per exercise and reuses for every submission.
 *
 * @param exercise  the exercise
 * @param plan      the hidden tests with their points and hints
 * @param testsDir  the compiled hidden tests (compiled against the reference solution)
 * @param contract  the skeleton's edited classes: the signatures every submission must keep
 * @param fileOf    for each class of the edited files, the file it belongs in (as the student knows it)
 */
record PreparedExercise(Exercise exercise, List<PlannedTest> plan, Path testsDir, Map<String, byte[]> contract,
                        Map<String, String> fileOf) {
    PreparedExercise {
        plan = List.copyOf(plan);
        contract = Map.copyOf(contract);
        fileOf = Map.copyOf(fileOf);
    }
}
