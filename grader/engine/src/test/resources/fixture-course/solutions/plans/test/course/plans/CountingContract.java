package course.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

/** Contract tests shared through inheritance, as a course testkit would: never run on their own. */
abstract class CountingContract {
    abstract int count(int[] values);

    @Test
    @Points(2)
    @Hint(value = "count only values above zero", zh = "只数大于零的值")
    void countsPositives() {
        assertThat(count(new int[] {3, -1, 0, 5})).isEqualTo(2);
    }
}
