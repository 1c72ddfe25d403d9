package org.aibasis.reports.view;

import java.util.List;

/**
 * One exercise in a student's report.
 *
 * @param id              the exercise id
 * @param anchor          a unique HTML id for the exercise's section
 * @param title           the title
 * @param score           points earned
 * @param maxScore        points available
 * @param percent         {@code score} as a whole percentage, 0 to 100
 * @param status          graded, compile error, missing or rejected
 * @param testSummary     e.g. {@code 3 of 7 tests passed}
 * @param next            what the student should do next, one or two sentences
 * @param command         the command that checks the fix; empty when there is nothing to check
 * @param reason          why the exercise is missing; empty otherwise
 * @param problemsHeading the heading over {@code problems}, e.g. {@code Compile errors}
 * @param problems        the compile errors or forbidden calls
 * @param notes           findings that explain failures
 * @param tests           every test, in the order they were planned
 */
public record ExerciseView(String id, String anchor, String title, String score, String maxScore, int percent,
                           Badge status, String testSummary, String next, String command, String reason,
                           String problemsHeading, List<SourceMessage> problems, List<SourceMessage> notes,
                           List<TestView> tests) {
    public ExerciseView {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        tests = List.copyOf(tests);
    }
}
