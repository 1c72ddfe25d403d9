package course.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

class ArithProperties {
    @Property
    @Points(2)
    @Hint("max must return an element no smaller than any other")
    void maxIsTheLargest(@ForAll @Size(min = 1, max = 20) int[] xs) {
        assertThat(Arith.max(xs)).as("max of %s", Arrays.toString(xs))
                .isEqualTo(Arrays.stream(xs).max().getAsInt());
    }

    @Property
    @Points(2)
    @Hint("add is commutative")
    void addCommutes(@ForAll @IntRange(min = -1000, max = 1000) int a, @ForAll @IntRange(min = -1000, max = 1000) int b) {
        assertThat(Arith.add(a, b)).isEqualTo(Arith.add(b, a));
    }
}
