package org.aibasis.grader.run;

import java.util.Objects;

/**
 * One test to run, as the JUnit Platform discovered it.
 *
 * @param uniqueId  the JUnit Platform's unique id of the test method: what the worker selects, so that an
 *                  inherited test runs in its concrete class and overloads stay apart
 * @param className binary name of the (concrete) test class
 * @param name      the name results and reports use: {@code SimpleClassName.methodName}, with the parameter
 *                  types when overloads would otherwise share it
 */
public record TestRef(String uniqueId, String className, String name) {
    public TestRef {
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(name, "name");
    }
}
