/**
 * Scoring: responses to a posed quiz become points, an {@link org.aibasis.quiz.scoring.Verdict} and feedback per
 * question, and a {@link org.aibasis.quiz.scoring.GradedAttempt} with a summary per topic.
 */
package org.aibasis.quiz.scoring;
