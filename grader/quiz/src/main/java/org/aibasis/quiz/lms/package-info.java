/**
 * LMS interoperability: export banks to Moodle GIFT and Moodle XML, import GIFT.
 *
 * <p>A parameterized question is exported as one instantiated variant (drawn with the fixed seed
 * {@link org.aibasis.quiz.lms.ExportVariant#seed}), since GIFT has no parameters.
 */
package org.aibasis.quiz.lms;
