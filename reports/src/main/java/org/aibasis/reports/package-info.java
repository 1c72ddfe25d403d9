/**
 * Renders grading results: one class per output format, each with a small static entry point.
 *
 * <ul>
 *   <li>{@link org.aibasis.reports.ResultJson}: the documented {@code result.json}, and its reader</li>
 *   <li>{@link org.aibasis.reports.StudentReportHtml}, {@link org.aibasis.reports.StudentReportMarkdown}: the
 *       student's report</li>
 *   <li>{@link org.aibasis.reports.ClassReportHtml}, {@link org.aibasis.reports.ClassStatistics}: the class report
 *       and the numbers behind it</li>
 *   <li>{@link org.aibasis.reports.GradebookCsv}: the gradebook</li>
 *   <li>{@link org.aibasis.reports.TerminalSummary}: the summary printed after grading</li>
 *   <li>{@link org.aibasis.reports.GradescopeJson}, {@link org.aibasis.reports.JUnitXml}: for Gradescope and for
 *       JUnit XML consumers</li>
 *   <li>{@link org.aibasis.reports.ReportFiles}: writes all of them, each file atomically</li>
 * </ul>
 *
 * <p>Everything a student's code printed or threw is hostile text: HTML templates auto-escape it, Markdown puts it
 * in fenced code blocks, the terminal shows control characters as symbols, and long texts are cut with a visible
 * {@code [truncated]}.
 */
package org.aibasis.reports;
