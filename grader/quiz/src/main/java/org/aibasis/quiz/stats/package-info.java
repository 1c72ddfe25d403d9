/**
 * Item statistics over a class: how each question of a quiz behaved across many graded attempts (facility,
 * discrimination, point-biserial, distractors) and the quiz's reliability (Cronbach's alpha). The definitions
 * are documented in {@code quizzes/README.md}.
 */
package org.aibasis.quiz.stats;
