package org.aibasis.grader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The points a hidden test is worth: all of them when it passes, none otherwise.
 *
 * <p>Every {@code @Test}, {@code @Example} and {@code @Property} method of a hidden suite carries one;
 * the grader refuses to grade an exercise whose suite has a test without it, so that no test silently
 * counts for a default weight.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {
    /** Points awarded when the test passes; must be positive. */
    double value();
}
