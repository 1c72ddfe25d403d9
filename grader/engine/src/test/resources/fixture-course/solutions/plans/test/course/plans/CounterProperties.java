package course.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Disabled;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.aibasis.grader.api.Points;

class CounterProperties {
    @Property
    @Points(1)
    void neverMoreThanTheLength(@ForAll int[] values) {
        assertThat(Counter.positives(values)).isLessThanOrEqualTo(values.length);
    }

    // no edge cases: the first falsifying sample is a random one, so shrinking has work to do
    @Property(edgeCases = EdgeCasesMode.NONE)
    @Points(1)
    void noPositiveAmongNonPositives(@ForAll @Size(min = 3, max = 10) List<@IntRange(min = -1000, max = 0) Integer> v) {
        assertThat(Counter.positives(v.stream().mapToInt(Integer::intValue).toArray())).isZero();
    }

    @Property
    @Disabled
    @Points(1)
    void switchedOff(@ForAll String s) {
        assertThat(Counter.occurrences(s, 'x')).isNotNegative();
    }
}
