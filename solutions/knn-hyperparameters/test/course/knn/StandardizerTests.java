package course.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class StandardizerTests {

    @Test
    @Points(1)
    @Hint(value = "fit learns the mean and standard deviation from the fitted rows; the returned transform applies "
            + "those same numbers to any later row, and a second fit returns a new transform without changing the "
            + "first (no statistics shared in fields of the scaler).",
            zh = "fit 从拟合的行中学习均值和标准差；返回的变换把同样的数值用于之后的任何行；再次 fit 返回新的变换，"
                    + "不改变第一个（不要在缩放器的字段里共享统计量）。")
    void newRowsUseTheFittedStatistics() {
        Standardizer scaler = new Standardizer();
        double[][] first = {{1, 10}, {3, 30}}; // mean (2, 20), population std (1, 10)
        FeatureTransform a = scaler.fit(first);
        expectRow(a.apply(new double[] {5, 0}), new double[] {3, -2},
                "fitted on [1, 10], [3, 30] (mean [2, 20], std [1, 10]), the row [5, 0]");
        FeatureTransform b = scaler.fit(new double[][] {{0, 0}, {4, 0}, {8, 0}}); // mean (4, 0), std (sqrt(32/3), -)
        expectRow(b.apply(new double[] {8, 1}), new double[] {4 / Math.sqrt(32.0 / 3), 1},
                "fitted on [0, 0], [4, 0], [8, 0] (mean [4, 0], std [3.266, constant]), the row [8, 1]");
        expectRow(a.apply(new double[] {5, 0}), new double[] {3, -2},
                "the first transform, after a second fit on other rows, for the row [5, 0]");
        assertThat(first[0]).as("fit must not modify the rows it is given").containsExactly(1, 10);
        double[] row = {5, 0};
        a.apply(row);
        assertThat(row).as("apply must return a new array and leave its argument alone").containsExactly(5, 0);
    }

    @Test
    @Points(1)
    @Hint(value = "A constant feature has standard deviation 0 (up to rounding: the mean of 0.1, 0.1, 0.1 is not "
            + "exactly 0.1 in floating point). Treat std <= MIN_STD as constant and use scale 1, so the feature "
            + "becomes x - mean; dividing by a zero or tiny std gives NaN or nonsense like -1.",
            zh = "常数特征的标准差为 0（有舍入误差：浮点数中 0.1、0.1、0.1 的均值并不恰好是 0.1）。"
                    + "把 std <= MIN_STD 视为常数并取缩放系数 1，使该特征变为 x - mean；除以零或极小的 std 会得到 NaN "
                    + "或 -1 这样的无意义值。")
    void constantFeatureIsCentredNotDivided() {
        double[][] rows = {{0.1, 1}, {0.1, 2}, {0.1, 3}};
        FeatureTransform t = new Standardizer().fit(rows);
        for (double[] r : rows) {
            double[] out = t.apply(r);
            assertThat(out[0])
                    .as("feature 0 is 0.1 on every fitted row, so it must become 0 after scaling; row %s became %s",
                            Arrays.toString(r), Arrays.toString(out))
                    .isCloseTo(0, within(1e-9));
        }
        expectRow(t.apply(new double[] {1.1, 2}), new double[] {1.0, 0},
                "fitted on [0.1, 1], [0.1, 2], [0.1, 3] (feature 0 constant: x - 0.1), the row [1.1, 2]");
    }

    static void expectRow(double[] got, double[] expected, String what) {
        assertThat(got).as("%s should scale to %s, got %s", what, Arrays.toString(expected), Arrays.toString(got))
                .hasSize(expected.length);
        for (int j = 0; j < expected.length; j++) {
            assertThat(got[j])
                    .as("%s should scale to %s, got %s", what, Arrays.toString(expected), Arrays.toString(got))
                    .isCloseTo(expected[j], within(1e-9));
        }
    }
}
