package org.aibasis.grader.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectionsTests {

    @Test
    void staysSilentWhenEveryCallThrowsAsDocumented() {
        assertThat(new Rejections()
                .mustThrow(IllegalArgumentException.class, "a", () -> {
                    throw new IllegalArgumentException("bad");
                })
                .mustThrow(RuntimeException.class, "a subclass counts", () -> {
                    throw new IllegalStateException("not yet");
                })
                .problem()).isEmpty();
    }

    @Test
    void namesEveryCallThatReturnedOrThrewSomethingElse() {
        assertThat(new Rejections()
                .mustThrow(IllegalArgumentException.class, "theta = NaN", () -> { })
                .mustThrow(IllegalArgumentException.class, "fine", () -> {
                    throw new IllegalArgumentException("bad");
                })
                .mustThrow(IllegalStateException.class, "before fit", () -> {
                    throw new NullPointerException();
                })
                .problem()).contains("these calls must throw:\n"
                + "  theta = NaN: returned normally instead of throwing IllegalArgumentException\n"
                + "  before fit: threw NullPointerException instead of IllegalStateException");
    }
}
