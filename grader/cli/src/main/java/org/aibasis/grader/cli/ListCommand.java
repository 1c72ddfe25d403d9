package org.aibasis.grader.cli;

import java.util.concurrent.Callable;

import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.engine.Grader;
import org.aibasis.grader.run.WorkerSettings;
import org.aibasis.grader.score.PlannedTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code list}: the exercises with their points. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the exercises with their topic, number of hidden tests and points.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:listed", "2:bad usage", Errors.BROKEN_EXIT,
                Errors.INTERNAL_EXIT})
final class ListCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Course course = common.course();
        boolean graded = course.exercises().stream()
                .allMatch(e -> java.nio.file.Files.isDirectory(e.hiddenTestDir()));
        System.out.printf("%-24s %-14s %6s %7s  %s%n", "exercise", "topic", "tests", "points", "title");
        double total = 0;
        try (Grader grader = WorkerOptions.cached(course, 1, GradingOptions.DEFAULT_SEED, WorkerSettings.defaults())) {
            for (Exercise e : course.exercises()) {
                if (graded) {
                    var plan = grader.plan(e);
                    double points = plan.stream().mapToDouble(PlannedTest::points).sum();
                    total += points;
                    System.out.printf("%-24s %-14s %6d %7s  %s / %s%n", e.id(), e.topic(), plan.size(),
                            Numbers.points(points), e.title(), e.titleZh());
                } else {
                    System.out.printf("%-24s %-14s %6s %7s  %s / %s%n", e.id(), e.topic(), "-", "-", e.title(),
                            e.titleZh());
                }
            }
        }
        if (graded) {
            System.out.printf("%-24s %-14s %6s %7s%n", "total", "", "", Numbers.points(total));
        }
        return 0;
    }
}
