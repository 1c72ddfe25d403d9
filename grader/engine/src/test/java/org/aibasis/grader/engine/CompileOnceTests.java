package org.aibasis.grader.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
        List<PlannedTest> first;
        try (Grader grader = grader()) {
            first = grader.plan(demo());
            assertThat(grader.compileCache().compilations()).as("hidden suite and skeleton").isEqualTo(2);
        }
        try (Grader grader = grader()) {
            assertThat(grader.plan(demo())).isEqualTo(first).isNotEmpty();
            assertThat(grader.compileCache().compilations()).isZero();
        }
    }

    @Test
    void thePlanIsReadFromTheCacheWithoutTheSuite() throws Exception {
        List<PlannedTest> first = firstPlan();
        // without the compiled classes, only the kept plan can answer without compiling
        for (Path p : entries(".bin")) {
            Files.delete(p);
        }
        try (Grader grader = grader()) {
            assertThat(grader.plan(demo())).isEqualTo(first);
            assertThat(grader.compileCache().compilations()).isZero();
        }
    }

    @Test
    void aDamagedPlanIsDiscoveredAgain() throws Exception {
        List<PlannedTest> first = firstPlan();
        for (Path p : entries(".plan")) {
            byte[] bytes = Files.readAllBytes(p);
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(p, bytes);
        }
        try (Grader grader = grader()) {
            assertThat(grader.plan(demo())).isEqualTo(first);
            assertThat(grader.compileCache().compilations()).as("classes still cached").isZero();
        }
    }

    private static Exercise demo() {
        return FixtureCourse.course().find("demo").orElseThrow();
    }

    /** The demo's plan from a first grader, which fills the cache. */
    private List<PlannedTest> firstPlan() {
        try (Grader grader = grader()) {
            return grader.plan(demo());
        }
    }

    /** The cache's entries whose names end with {@code extension}; at least one, or the test would prove nothing. */
    private List<Path> entries(String extension) throws IOException {
        try (Stream<Path> all = Files.list(cache.resolve("classes"))) {
            List<Path> found = all.filter(p -> p.toString().endsWith(extension)).toList();
            assertThat(found).as("cache entries *" + extension).isNotEmpty();
            return found;
        }
    }

    private Grader grader() {
        return new Grader(FixtureCourse.course(), 1, "tests", WorkerSettings.defaults(), CompileCache.in(cache, "tests"));
    }
}
