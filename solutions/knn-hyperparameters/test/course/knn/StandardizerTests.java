package course.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Rejections;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

class StandardizerTests {

    @Test
    @Points(1)
    @Hint(value = "fit learns the mean and standard deviation from the fitted rows; the returned transform applies "
            + "those same numbers to any later row, and a second fit returns a new transform without changing the "
            + "first (no statistics shared in fields of the scaler). fit never changes the rows it is given and "
            + "throws IllegalArgumentException for no rows or rows of different lengths.",
            zh = "fit 从拟合的行中学习均值和标准差；返回的变换把同样的数值用于之后的任何行；再次 fit 返回新的变换，"
                    + "不改变第一个（不要在缩放器的字段里共享统计量）。fit 不修改传入的行，没有行或各行长度不同时抛出 "
                    + "IllegalArgumentException。")
    void newRowsUseTheFittedStatistics() {
        Standardizer scaler = new Standardizer();
        double[][] first = {{1, 10}, {3, 30}}; // mean (2, 20), population std (1, 10)
        FeatureTransform a = scaler.fit(first);
        double[] row = {5, 0};
        Optional<String> problem = scaled(a.apply(row), new double[] {3, -2},
                "fitted on [1, 10], [3, 30] (mean [2, 20], std [1, 10]), the row [5, 0]");
        if (problem.isEmpty() && !Arrays.equals(row, new double[] {5, 0})) {
            problem = Optional.of("apply changed its argument [5, 0] to " + NumberText.show(row) + ": it must return "
                    + "a new array and leave its argument alone");
        }
        if (problem.isEmpty() && !Arrays.deepEquals(first, new double[][] {{1, 10}, {3, 30}})) {
            problem = Optional.of("fit must not modify the rows it is given: [1, 10], [3, 30] became "
                    + Arrays.deepToString(first));
        }
        if (problem.isEmpty()) {
            FeatureTransform b = scaler.fit(new double[][] {{0, 0}, {4, 0}, {8, 0}}); // mean (4, 0), std (3.266, 0)
            problem = scaled(b.apply(new double[] {8, 1}), new double[] {4 / Math.sqrt(32.0 / 3), 1},
                    "fitted on [0, 0], [4, 0], [8, 0] (mean [4, 0], std [3.266, constant]), the row [8, 1]")
                    .or(() -> scaled(a.apply(new double[] {5, 0}), new double[] {3, -2},
                            "the first transform, after a second fit on other rows, for the row [5, 0]"));
        }
        problem = problem.or(() -> new Rejections()
                .mustThrow(IllegalArgumentException.class, "fit on no rows", () -> scaler.fit(new double[0][]))
                .mustThrow(IllegalArgumentException.class, "fit on rows of lengths 2 and 1",
                        () -> scaler.fit(new double[][] {{1, 2}, {3}}))
                .problem());
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "A constant feature has standard deviation 0 (up to rounding: the mean of 0.1, 0.1, 0.1 is not "
            + "exactly 0.1 in floating point). Treat std <= MIN_STD = 1e-12 as constant and use scale 1, so the "
            + "feature becomes x - mean; dividing by a zero or tiny std gives NaN or nonsense like -1. A feature "
            + "whose std is above 1e-12, however small, is divided by it as usual.",
            zh = "常数特征的标准差为 0（有舍入误差：浮点数中 0.1、0.1、0.1 的均值并不恰好是 0.1）。"
                    + "把 std <= MIN_STD = 1e-12 视为常数并取缩放系数 1，使该特征变为 x - mean；除以零或极小的 std 会得到 "
                    + "NaN 或 -1 这样的无意义值。std 大于 1e-12 的特征，不论多小，照常除以它。")
    void constantFeatureIsCentredNotDivided() {
        double[][] rows = {{0.1, 1}, {0.1, 2}, {0.1, 3}};
        FeatureTransform t = new Standardizer().fit(rows);
        Optional<String> problem = Optional.empty();
        for (int i = 0; i < rows.length && problem.isEmpty(); i++) {
            double[] out = t.apply(rows[i]);
            problem = Approx.difference("feature 0 of the fitted row " + NumberText.show(rows[i]) + " after "
                    + "scaling", out[0], 0, Tolerance.absolute(1e-9)).map(d -> d + " (feature 0 is 0.1 on every "
                    + "fitted row: constant)");
        }
        problem = problem.or(() -> scaled(t.apply(new double[] {1.1, 2}), new double[] {1.0, 0},
                        "fitted on [0.1, 1], [0.1, 2], [0.1, 3] (feature 0 constant: x - 0.1), the row [1.1, 2]"))
                .or(() -> scaled(new Standardizer().fit(new double[][] {{0}, {4e-12}}).apply(new double[] {4e-12}),
                        new double[] {1}, "fitted on [0], [4e-12] (std 2e-12 > MIN_STD, not constant), the row "
                                + "[4e-12]"))
                // std exactly MIN_STD: mean 1e-12, deviations +-1e-12 (exact), sqrt(1e-24) = 1e-12: still constant
                .or(() -> scaled(new Standardizer().fit(new double[][] {{0}, {2e-12}}).apply(new double[] {2e-12}),
                        new double[] {1e-12}, "fitted on [0], [2e-12] (std exactly MIN_STD = 1e-12: constant, so "
                                + "x - mean), the row [2e-12]"));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(1)
    @Hint(value = "Compute the variance as the mean of squared deviations from the mean (two passes), not as E[x^2] - "
            + "E[x]^2: for values near 1e8 the squares are near 1e16, where doubles are 2 apart, and the difference "
            + "of two such numbers loses every digit of a variance of 2/3.",
            zh = "方差要按“与均值之差的平方的平均”计算（两遍），不要用 E[x^2] - E[x]^2：数值在 1e8 附近时平方约为 1e16，"
                    + "那里相邻的 double 相差 2，两个这样的数相减会丢掉方差 2/3 的全部有效数字。")
    void varianceDoesNotCancelForLargeValues() {
        double base = 1e8;
        double[][] rows = {{base + 1, 1}, {base + 2, 2}, {base + 3, 3}}; // feature 0: mean base + 2, std sqrt(2/3)
        FeatureTransform t = new Standardizer().fit(rows);
        double z = Math.sqrt(1.5);
        Optional<String> problem = scaled(t.apply(rows[0]), new double[] {-z, -z},
                "fitted on [1e8 + 1, 1], [1e8 + 2, 2], [1e8 + 3, 3] (std sqrt(2/3) in both features), the row "
                        + "[1e8 + 1, 1]")
                .or(() -> scaled(t.apply(rows[2]), new double[] {z, z}, "same fit, the row [1e8 + 3, 3]"));
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    /** How a scaled row differs from the expected one, with what was scaled. */
    static Optional<String> scaled(double[] got, double[] expected, String what) {
        return Approx.difference("the scaled row", got, expected, Tolerance.DEFAULT)
                .map(d -> what + " should scale to " + NumberText.show(expected) + ": " + d);
    }
}
