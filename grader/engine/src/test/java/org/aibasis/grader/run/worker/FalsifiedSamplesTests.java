package org.aibasis.grader.run.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a falsified sample's values read in a report. */
class FalsifiedSamplesTests {
    @Test
    void stringsAreQuotedArraysBracketedAndNestedArraysToo() {
        assertThat(FalsifiedSamples.display("a b")).isEqualTo("\"a b\"");
        assertThat(FalsifiedSamples.display('x')).isEqualTo("'x'");
        assertThat(FalsifiedSamples.display(new int[] {-1, 2})).isEqualTo("[-1, 2]");
        assertThat(FalsifiedSamples.display(new double[][] {{0.5}, {}})).isEqualTo("[[0.5], []]");
        assertThat(FalsifiedSamples.display(List.of("a"))).isEqualTo("[a]");
        assertThat(FalsifiedSamples.display(null)).isEqualTo("null");
    }

    @Test
    void longArraysAreElidedWithTheirLength() {
        assertThat(FalsifiedSamples.display(new int[1000])).endsWith(", 0, ... (1000 elements)]").hasSizeLessThan(400);
    }

    @Test
    void aValueWhoseToStringThrowsIsNamedInstead() {
        Object hostile = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no");
            }
        };
        assertThat(FalsifiedSamples.display(hostile)).contains("whose toString threw IllegalStateException");
    }
}
