/**
 * Attempt and answers files (JSON, via Jackson): an attempt as posed (questions, parameters, keys, displayed option
 * order) together with the student's responses. Reading trusts only the responses and the attempt's identity; the
 * rest is re-derived from the banks and compared. The format is documented in {@code quizzes/README.md}.
 */
package org.aibasis.quiz.json;
