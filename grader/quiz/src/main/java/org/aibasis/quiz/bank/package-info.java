/**
 * Question banks and quiz definitions: the immutable model, YAML parsing with line numbers, and validation.
 *
 * <p>{@link org.aibasis.quiz.bank.BankParser} reads one {@code quizzes/<bank>.yaml};
 * {@link org.aibasis.quiz.bank.QuizDefinitionParser} reads one {@code quizzes/quizzes/<quiz>.yaml}. Neither
 * throws for bad content: every mistake becomes a {@link org.aibasis.quiz.bank.Problem} naming the file and
 * line, and the question (or bank) it spoils is left out so that the rest still loads.
 */
package org.aibasis.quiz.bank;
