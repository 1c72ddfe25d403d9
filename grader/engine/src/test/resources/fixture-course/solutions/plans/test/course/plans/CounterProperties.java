package course.plans;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.aibasis.grader.api.Points;

class CounterProperties {
    @Property
    @Points(1)
    void neverMoreThanTheLength(@ForAll int[] values) {
        assertThat(Counter.positives(values)).isLessThanOrEqualTo(values.length);
    }

    @Property
    @Disabled
    @Points(1)
    void switchedOff(@ForAll String s) {
        assertThat(Counter.occurrences(s, 'x')).isNotNegative();
    }
}
