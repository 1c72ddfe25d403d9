package org.aibasis.grader.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.run.TestRef;
import org.junit.jupiter.api.Test;

class PlanFileTests {
    private static final List<PlannedTest> PLAN = List.of(
            new PlannedTest(new TestRef("[engine:junit-jupiter]/[class:a.B]/[method:one()]", "a.B", "B.one"),
                    "the first test", 2.5, new Hints("look at the sign", "看符号", "too slow", "太慢"), List.of()),
            new PlannedTest(new TestRef("[engine:jqwik]/[class:a.B]/[property:two(int)]", "a.B", "B.two(int)"),
                    "二", 0.25, Hints.NONE, List.of("B.one")));

    @Test
    void aPlanReadsBackAsWritten() {
        assertThat(PlanFile.decode(PlanFile.encode(PLAN))).contains(PLAN);
        assertThat(PlanFile.decode(PlanFile.encode(List.of()))).contains(List.of());
    }

    @Test
    void bytesThatAreNotAWholePlanAreNone() {
        byte[] bytes = PlanFile.encode(PLAN);
        for (int cut = 0; cut < bytes.length; cut++) {
            assertThat(PlanFile.decode(Arrays.copyOf(bytes, cut))).as("cut at %d", cut).isEmpty();
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThat(PlanFile.decode(longer)).isEmpty();
    }
}
