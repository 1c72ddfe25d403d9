/**
 * LMS interoperability: export banks to Moodle GIFT and Moodle XML, import GIFT.
 *
 * <p>GIFT has no parameters, so a parameterized question goes there as one instantiated variant (drawn with the fixed
 * seed {@link org.aibasis.quiz.lms.ExportVariant#seed}). Moodle XML writes a parameterized numeric question as a
 * calculated question with datasets drawn from its parameters where Moodle's formulas can compute its key
 * ({@link org.aibasis.quiz.lms.MoodleCalculated}), and as the same variant otherwise, saying why
 * ({@link org.aibasis.quiz.lms.MoodleExport}).
 */
package org.aibasis.quiz.lms;
