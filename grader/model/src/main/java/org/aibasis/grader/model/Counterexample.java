package org.aibasis.grader.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The input that falsified a property, as jqwik reports it.
 *
 * @param sample         the shrunk sample, one line per parameter ({@code name: value})
 * @param seed           the seed that generates the failing run again
 * @param originalSample the sample before shrinking, when it differs
 */
public record Counterexample(String sample, String seed, Optional<String> originalSample) {
    public Counterexample {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(originalSample, "originalSample");
    }
}
