/**
 * Variants: a quiz instantiated for one student and attempt.
 *
 * <p>{@link org.aibasis.quiz.variant.Seeds} turns (student, quiz, attempt) into a seed by SHA-256;
 * {@link org.aibasis.quiz.variant.Variants} draws the questions of the quiz's pools, draws each question's
 * parameters on their grids, computes the keys and shuffles the options, all from that seed, so the same
 * (student, quiz, attempt) always gives the same {@link org.aibasis.quiz.variant.Attempt}.
 * {@link org.aibasis.quiz.variant.DrawCheck} samples parameterized questions at load time.
 */
package org.aibasis.quiz.variant;
