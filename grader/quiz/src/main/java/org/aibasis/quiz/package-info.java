/**
 * The quiz engine's entry point: {@link org.aibasis.quiz.QuizLibrary} loads the question banks and quiz definitions
 * of a {@code quizzes/} folder (reporting every problem as {@code file:line: message}), instantiates attempts,
 * grades responses and answers files, and analyses a class's attempts.
 *
 * <p>Sub-packages, one job each, data flowing one way: {@code formula} (the formula language), {@code bank}
 * (model, parsing, validation), {@code variant} (seeds and instantiation), {@code scoring} (points, outcomes,
 * feedback), {@code json} (attempt and answers files), {@code stats} (item statistics), {@code lms} (Moodle GIFT
 * and XML).
 */
package org.aibasis.quiz;
