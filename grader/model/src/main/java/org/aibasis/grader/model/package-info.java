/**
 * The result model: immutable records that the grading engine produces and every renderer reads.
 *
 * <p>Outcomes and statuses are sealed, so renderers switch over them exhaustively.
 */
package org.aibasis.grader.model;
