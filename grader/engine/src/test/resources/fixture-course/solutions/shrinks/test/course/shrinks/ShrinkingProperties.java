package course.shrinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.aibasis.grader.api.Points;

/**
 * Run in name order: the first property fails on every list and shrinks element by element, each try taking a few
 * milliseconds, so its shrinking outlasts jqwik's bound (half the 4 s limit); the second needs a quick shrink
 * right after it. The third's tries take seconds once shrinking has begun, so the shrinking task cannot be stopped
 * between two tries in time.
 */
class ShrinkingProperties {

    @Property(edgeCases = EdgeCasesMode.NONE)
    @Points(1)
    void a1EveryElementIsZero(@ForAll @Size(min = 150, max = 200) List<@IntRange(min = 500, max = 1000) Integer> xs) {
        spin(3);
        assertThat(xs).allMatch(x -> x == 0);
    }

    @Property
    @Points(1)
    void b2LargestIsTheLargest(@ForAll @Size(min = 1, max = 20) int[] xs) {
        assertThat(Lists.largest(xs)).as("largest of %s", Arrays.toString(xs))
                .isEqualTo(Arrays.stream(xs).max().getAsInt());
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    @Points(1)
    void c3SlowTriesWhileShrinking(@ForAll @IntRange(min = 10, max = 1000) int x) {
        // jqwik shrinks in the common fork-join pool: there, each try takes longer than the worker waits for it
        if (Thread.currentThread().getName().startsWith("ForkJoinPool.commonPool")) {
            spin(6000);
        }
        assertThat(x).isLessThan(10);
    }

    @Property
    @Points(1)
    void d4LargestOfTwo(@ForAll @Size(min = 2, max = 2) int[] xs) {
        assertThat(Lists.largest(xs)).as("largest of %s", Arrays.toString(xs))
                .isEqualTo(Math.max(xs[0], xs[1]));
    }

    /** Computes for about {@code millis} ms without sleeping, as slow student code would. */
    private static void spin(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 0;
        while (System.nanoTime() < end) {
            x += x * 31 + 7;
        }
        if (x == 42) {
            throw new IllegalStateException("unreachable in practice; keeps the loop from being optimized away");
        }
    }
}
