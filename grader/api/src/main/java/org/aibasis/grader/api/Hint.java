package org.aibasis.grader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Feedback shown to the student when the test does not pass: what the test checks and the usual mistake
 * behind a failure, in the course's words. Never shown for a passing test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Hint {
    /** The hint in English. */
    String value();

    /** The same hint in Chinese; empty when there is none. */
    String zh() default "";

    /**
     * What usually makes this test run out of time (a loop whose stopping rule never holds, a search that
     * revisits states), shown instead of {@link #value()} when the test timed out; empty to show the hint.
     */
    String timeout() default "";

    /** The timeout text in Chinese; empty when there is none. */
    String timeoutZh() default "";
}
