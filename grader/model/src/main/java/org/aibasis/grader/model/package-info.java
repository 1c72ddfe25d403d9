/**
 * The result model: immutable records that the grading engine produces and every renderer reads, and the
 * {@link org.aibasis.grader.model.Language languages} their texts, the reports and the quizzes are written in.
 *
 * <p>Outcomes and statuses are sealed, so renderers switch over them exhaustively.
 */
package org.aibasis.grader.model;
