package org.aibasis.grader.run;

import java.util.Objects;

/**
 * One test method to run.
 *
 * @param className  binary name of the test class
 * @param methodName the test method
 */
public record TestRef(String className, String methodName) {
    public TestRef {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(methodName, "methodName");
    }

    /** {@code SimpleClassName.methodName}: the name results and reports use. */
    public String name() {
        return className.substring(className.lastIndexOf('.') + 1) + "." + methodName;
    }
}
