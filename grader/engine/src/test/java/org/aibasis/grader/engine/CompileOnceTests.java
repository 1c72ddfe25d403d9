package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

    @Test
    void thePlanIsReadFromTheCacheWithoutTheSuite() throws Exception {
        Exercise demo = FixtureCourse.course().find("demo").orElseThrow();
        List<PlannedTest> first;
        try (Grader grader = grader()) {
            first = grader.plan(demo);
        }
        // without the compiled classes, only the kept plan can answer without compiling
        try (var entries = Files.list(cache.resolve("classes"))) {
            for (Path p : entries.filter(p -> p.toString().endsWith(".bin")).toList()) {
                Files.delete(p);
            }
        }
        try (Grader grader = grader()) {
            assertThat(grader.plan(demo)).isEqualTo(first);
            assertThat(grader.compileCache().compilations()).isZero();
        }
    }

    @Test
    void aDamagedPlanIsDiscoveredAgain() throws Exception {
        Exercise demo = FixtureCourse.course().find("demo").orElseThrow();
        List<PlannedTest> first;
        try (Grader grader = grader()) {
            first = grader.plan(demo);
        }
        try (var entries = Files.list(cache.resolve("classes"))) {
            for (Path p : entries.filter(p -> p.toString().endsWith(".plan")).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                bytes[bytes.length / 2] ^= 0x55;
                Files.write(p, bytes);
            }
        }
        try (Grader grader = grader()) {
            assertThat(grader.plan(demo)).isEqualTo(first);
            assertThat(grader.compileCache().compilations()).as("classes still cached").isZero();
        }
    }

    private Grader grader() {
        return new Grader(FixtureCourse.course(), 1, "tests", WorkerSettings.defaults(), CompileCache.in(cache, "tests"));
    }
}
