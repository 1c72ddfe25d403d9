package org.aibasis.grader.score;

import java.util.List;
import java.util.Objects;

import org.aibasis.grader.run.TestRef;

/**
 * A test as the suite declares it, before anything runs.
 *
 * @param ref         unique id, class and name
 * @param displayName {@code @DisplayName}/{@code @Label} if given, else the method name
 * @param points      from {@code @Points}
 * @param hints       from {@code @Hint}
 * @param dependsOn   from {@code @DependsOn}: the planned tests this one builds on, by {@link TestRef#name()}
 */
public record PlannedTest(TestRef ref, String displayName, double points, Hints hints, List<String> dependsOn) {
    public PlannedTest {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(hints, "hints");
        dependsOn = List.copyOf(dependsOn);
    }
}
