package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.aibasis.grader.compile.CompileCache;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.run.WorkerSettings;
import org.aibasis.grader.score.PlannedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course's hidden tests and skeletons are compiled by the first grader only. */
class CompileOnceTests {
    @TempDir
    Path cache;

    @Test
    void aSecondGraderReadsTheSuitesFromTheCache() {
        Exercise demo = FixtureCourse.course().find("demo").orElseThrow();
        List<PlannedTest> first;
        try (Grader grader = new Grader(FixtureCourse.course(), 1, "tests", WorkerSettings.defaults(),
                CompileCache.in(cache, "tests"))) {
            first = grader.plan(demo);
            assertThat(grader.compileCache().compilations()).as("hidden suite and skeleton").isEqualTo(2);
        }
        try (Grader grader = new Grader(FixtureCourse.course(), 1, "tests", WorkerSettings.defaults(),
                CompileCache.in(cache, "tests"))) {
            assertThat(grader.plan(demo)).isEqualTo(first).isNotEmpty();
            assertThat(grader.compileCache().compilations()).isZero();
        }
    }
}
