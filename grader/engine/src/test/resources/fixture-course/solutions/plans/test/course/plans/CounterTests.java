package course.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Figure;
import org.aibasis.grader.api.Figures;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CounterTests extends CountingContract {
    @Override
    int count(int[] values) {
        return Counter.positives(values);
    }

    @Check
    @Points(1)
    @Hint(value = "an empty string has no occurrences", zh = "空字符串里没有出现", timeout = "the loop over the string never ends",
            timeoutZh = "遍历字符串的循环没有结束")
    void occurrences() {
        assertThat(Counter.occurrences("", 'a')).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    @Points(3)
    void occurrences(int n) {
        assertThat(Counter.occurrences("a".repeat(n), 'a')).isEqualTo(n);
    }

    @Test
    @Points(1)
    @DependsOn("countsPositives")
    @Hint("positives counts for the whole array")
    void positivesOfThree() {
        double[] yours = new double[5];
        double[] reference = new double[5];
        for (int k = 0; k < 5; k++) {
            yours[k] = Counter.positives(IntStream.rangeClosed(0, k).toArray());
            reference[k] = k;
        }
        Figures.publish(new Figure("positives", "Positives among 0..k", "0..k 中的正数个数", "k", "positives",
                Figure.steps(5), List.of(Figure.Series.student("count", yours),
                Figure.Series.reference("count", reference))));
        assertThat(Counter.positives(new int[] {0, 1, 2})).isEqualTo(2);
    }

    @Check
    @Disabled("kept for the next term")
    @Points(5)
    void notYet() {
        assertThat(Counter.positives(new int[0])).isZero();
    }
}
