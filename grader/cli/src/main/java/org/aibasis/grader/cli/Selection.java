package org.aibasis.grader.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;

/** Validates {@code --exercise} ids against the course, naming the valid ones on a typo. */
final class Selection {
    private Selection() {
    }

    static Set<String> exercises(Course course, List<String> ids) {
        Set<String> known = new LinkedHashSet<>(course.exercises().stream().map(Exercise::id).toList());
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new Errors.UsageException("unknown exercise '" + id + "'; the course has: "
                        + String.join(", ", known));
            }
        }
        return new LinkedHashSet<>(ids);
    }
}
