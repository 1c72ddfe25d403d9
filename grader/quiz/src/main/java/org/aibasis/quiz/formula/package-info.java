/**
 * Formulas of question banks: a small arithmetic language over named numbers.
 *
 * <p>{@link org.aibasis.quiz.formula.Formula#parse(String)} turns a string into a tree of
 * {@link org.aibasis.quiz.formula.Expr} nodes; {@link org.aibasis.quiz.formula.Formula#evaluate(java.util.Map)}
 * computes it. The grammar and the functions are documented in {@code quizzes/README.md}.
 */
package org.aibasis.quiz.formula;
