package org.aibasis.grader.score;

import java.util.Objects;
import java.util.Optional;

import org.aibasis.grader.run.TestRef;

/**
 * A test as the suite declares it, before anything runs.
 *
 * @param ref         class and method
 * @param displayName {@code @DisplayName}/{@code @Label} if given, else the method name
 * @param points      from {@code @Points}
 * @param hint        from {@code @Hint}
 */
public record PlannedTest(TestRef ref, String displayName, double points, Optional<String> hint) {
    public PlannedTest {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(hint, "hint");
    }
}
