/**
 * What the hidden tests of every exercise share, so that seventeen suites do not each write their own: tolerant
 * comparison of numbers and arrays whose message names the worst entry ({@link org.aibasis.grader.testkit.Approx}),
 * one way to print numbers ({@link org.aibasis.grader.testkit.NumberText}), the "your values match a known
 * mistake" diagnosis that speaks only when it is sure ({@link org.aibasis.grader.testkit.Diagnosis}),
 * arbitraries that shrink to small, readable values ({@link org.aibasis.grader.testkit.CourseArbitraries}), and
 * one report of every invalid call that did not throw ({@link org.aibasis.grader.testkit.Rejections}).
 *
 * <p>It depends on jqwik only and never on the engine; student code cannot use it.
 */
package org.aibasis.grader.testkit;
