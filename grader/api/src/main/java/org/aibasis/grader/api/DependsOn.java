package org.aibasis.grader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a hidden test builds on other tests: it calls the method those tests check, so it cannot pass
 * while they fail. When a prerequisite did not pass, the report names it as the root cause of this test's
 * failure instead of presenting the two as unrelated mistakes.
 *
 * <p>Each entry names a test of the same exercise: {@code "methodName"} in the same class, or
 * {@code "SimpleClassName.methodName"}. The grader refuses a suite whose entries name no test or form a cycle.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DependsOn {
    /** The tests this one builds on. */
    String[] value();
}
