package org.aibasis.reports.view;

import java.util.List;

/**
 * The class report: key numbers, the score distribution, exercises, hardest tests, and every submission, every
 * text in the report's language.
 *
 * @param title     the page's title, e.g. {@code Class report (20 submissions)}
 * @param summary   the line under the heading, e.g. {@code 20 submissions, 599 points available.}
 * @param stats     the key numbers (count, mean, median, min, max, standard deviation)
 * @param histogram the distribution of total scores
 * @param exercises one row per exercise, in course order
 * @param tests     one row per test, the lowest pass rate first
 * @param itemNote  the end of the item analysis legend: when a test is flagged, and from how many submissions on
 * @param columns   the exercise ids, the columns of {@code rows}
 * @param rows      one row per submission, in the order given
 */
public record ClassReportView(String title, String summary, List<Stat> stats, Histogram histogram,
                              List<ExerciseRow> exercises, List<TestRow> tests, String itemNote,
                              List<String> columns, List<SubmissionRow> rows) {
    public ClassReportView {
        stats = List.copyOf(stats);
        exercises = List.copyOf(exercises);
        tests = List.copyOf(tests);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One key number.
     *
     * @param name   what it is, e.g. {@code Median}
     * @param value  the number
     * @param detail context, e.g. {@code 54% of 100 points}; may be empty
     */
    public record Stat(String name, String value, String detail) {
    }

    /**
     * A histogram as an SVG drawing: every coordinate computed, plus its text alternative.
     *
     * @param width       the view box width
     * @param height      the view box height
     * @param title       the SVG title
     * @param description the text alternative: every bar's range and count
     * @param bars        the bars, left to right
     * @param ticks       the horizontal grid lines with their labels
     * @param axis        the axis lines and titles
     */
    public record Histogram(String width, String height, String title, String description, List<Bar> bars,
                            List<Tick> ticks, Axis axis) {
        public Histogram {
            bars = List.copyOf(bars);
            ticks = List.copyOf(ticks);
        }
    }

    /**
     * One bar.
     *
     * @param range   the range it counts, e.g. {@code 40% to under 50%}
     * @param summary the range with its count, e.g. {@code 40% to under 50%: 3}
     * @param label   the short label under the bar, e.g. {@code 40–50}
     * @param count   how many submissions fall into it
     * @param x       left edge
     * @param y       top edge
     * @param width   width
     * @param height  height
     * @param labelX  centre of the bar, where its labels go
     * @param labelY  baseline of the label under the axis
     * @param countY  baseline of the count above the bar
     */
    public record Bar(String range, String summary, String label, int count, String x, String y, String width,
                      String height, String labelX, String labelY, String countY) {
    }

    /**
     * A grid line of the count axis.
     *
     * @param label  the count
     * @param y      the line's height
     * @param labelX where the label ends
     * @param labelY the label's baseline
     */
    public record Tick(String label, String y, String labelX, String labelY) {
    }

    /**
     * The axes.
     *
     * @param left    the x of the vertical axis
     * @param right   the right end of the horizontal axis
     * @param top     the top of the vertical axis
     * @param bottom  the y of the horizontal axis
     * @param xTitle  the horizontal axis title
     * @param xTitleX centre of the horizontal axis title
     * @param xTitleY baseline of the horizontal axis title
     * @param yTitle  the vertical axis title
     * @param yTitleX baseline x of the vertical axis title (drawn rotated)
     * @param yTitleY centre of the vertical axis title
     */
    public record Axis(String left, String right, String top, String bottom, String xTitle, String xTitleX,
                       String xTitleY, String yTitle, String yTitleX, String yTitleY) {
    }

    /**
     * One exercise across the class.
     *
     * @param id            the exercise id
     * @param title         its title
     * @param meanScore     the mean points earned
     * @param maxScore      the points available
     * @param meanPercent   the mean as a whole percentage
     * @param graded        how many submissions were graded
     * @param fullMarks     how many earned every point
     * @param compileErrors how many did not compile
     * @param missing       how many lacked the exercise
     * @param rejected      how many were rejected
     */
    public record ExerciseRow(String id, String title, String meanScore, String maxScore, int meanPercent, int graded,
                              int fullMarks, int compileErrors, int missing, int rejected) {
    }

    /**
     * One test across the class.
     *
     * @param exerciseId  the exercise it belongs to
     * @param name        its stable name
     * @param displayName what a person reads
     * @param maxPoints   its points
     * @param passPercent the pass rate among the submissions that ran it, as a whole percentage
     * @param passed      e.g. {@code 3 of 12}: passed, of the submissions that ran it
     * @param failed      how many failed
     * @param errored     how many errored
     * @param timedOut    how many timed out
     * @param notRun      how many did not run
     * @param discrimination D between the upper and lower 27% by exercise score, e.g. {@code 0.67}; {@code -}
     *                    when it cannot be computed
     * @param pointBiserial the corrected point-biserial correlation, e.g. {@code 0.41}; {@code -} when undefined
     * @param verdict     what the item analysis says: empty when the test looks fine, else why it may be weak,
     *                    or that too few submissions ran it to judge
     * @param flagged     whether the verdict is a warning (not merely "too few to judge")
     */
    public record TestRow(String exerciseId, String name, String displayName, String maxPoints, int passPercent,
                          String passed, int failed, int errored, int timedOut, int notRun, String discrimination,
                          String pointBiserial, String verdict, boolean flagged) {
    }

    /**
     * One submission.
     *
     * @param name    the submission's name
     * @param source  the file or folder it came from, when that is not just its name (e.g. {@code carol.zip});
     *                else empty
     * @param href    the relative link to its report, {@code ./<folder>/report.html}; empty when none can be made
     * @param score   points earned
     * @param percent the score as a whole percentage
     * @param cells   one cell per entry of {@link ClassReportView#columns}
     */
    public record SubmissionRow(String name, String source, String href, String score, int percent, List<Cell> cells) {
        public SubmissionRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One exercise of one submission.
     *
     * @param score  points earned, or empty when the submission has no result for the exercise
     * @param status its status
     * @param graded whether it was graded (otherwise the status is worth showing)
     */
    public record Cell(String score, Badge status, boolean graded) {
    }
}
