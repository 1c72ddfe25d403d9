package course.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

class StandardizerProperties {

    /** Rows whose features are spread out, constant (column 0 sometimes) or anything in between. */
    @Provide
    Arbitrary<double[][]> rowSets() {
        Arbitrary<Double> value = CourseArbitraries.tenths(-100, 100);
        return Combinators.combine(Arbitraries.integers().between(1, 4),
                        Generators.rows(value, 4).list().ofMinSize(1).ofMaxSize(10),
                        Arbitraries.of(false, true), value)
                .as((dim, list, constantFirst, constant) -> {
                    double[][] rows = Generators.cut(list, dim);
                    if (constantFirst) {
                        for (double[] r : rows) {
                            r[0] = constant;
                        }
                    }
                    return rows;
                });
    }

    /** One more row (its first {@code dim} entries are used), transformed with the fitted statistics. */
    @Provide
    Arbitrary<List<Double>> extraRow() {
        return CourseArbitraries.tenths(-100, 100).list().ofSize(4);
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "After fitting, every fitted row scales to (x - mean) / std with the population standard deviation "
            + "(divide by n, not n - 1): each scaled feature has mean 0 and standard deviation 1 (a constant feature "
            + "becomes 0). The same transform maps any other row with the same statistics.",
            zh = "拟合后，每个拟合行变为 (x - mean) / std，其中 std 为总体标准差（除以 n，不是 n - 1）："
                    + "缩放后每个特征均值为 0、标准差为 1（常数特征变为 0）。同一变换用同样的统计量映射其他任何行。")
    void fittedRowsGetMeanZeroAndUnitStd(@ForAll("rowSets") double[][] rows,
            @ForAll("extraRow") List<Double> extra) {
        int n = rows.length;
        int dim = rows[0].length;
        double[][] others = {extra.stream().limit(dim).mapToDouble(Double::doubleValue).toArray(),
                Arrays.stream(rows[0]).map(x -> x + 7.5).toArray()};
        double[][] copy = Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
        FeatureTransform t = new Standardizer().fit(rows);
        double[][] scaled = t.applyAll(rows);
        Optional<String> problem = Arrays.deepEquals(rows, copy) ? Optional.empty()
                : Optional.of("fit must not modify the rows it is given");
        for (int j = 0; j < dim && problem.isEmpty(); j++) {
            final int col = j;
            double mean = Arrays.stream(rows).mapToDouble(r -> r[col]).average().orElseThrow();
            double std = Math.sqrt(Arrays.stream(rows).mapToDouble(r -> (r[col] - mean) * (r[col] - mean)).sum() / n);
            boolean constant = std <= 1e-12;
            double[] column = Arrays.stream(scaled).mapToDouble(r -> r[col]).toArray();
            double scaledMean = Arrays.stream(column).average().orElseThrow();
            double scaledStd = Math.sqrt(Arrays.stream(column).map(x -> (x - scaledMean) * (x - scaledMean)).sum() / n);
            String feature = "feature " + j + " of the fitted rows " + Oracle.rows(rows) + " (scaled column "
                    + NumberText.show(column) + ")";
            problem = Approx.difference("the mean of " + feature, scaledMean, 0, Tolerance.absolute(1e-9))
                    .or(() -> Approx.difference("the population std of " + feature, scaledStd, constant ? 0 : 1,
                            Tolerance.absolute(1e-9)).map(d -> d + Diagnosis.of(scaledStd, constant ? 0 : 1,
                                    Tolerance.absolute(1e-9)).called("scaled std")
                            .mistakeNumber("sqrt((n - 1) / n): the sample standard deviation (divide by n - 1) "
                                    + "was used instead of the population one (divide by n)",
                                    () -> constant ? 0 : Math.sqrt((n - 1.0) / n))
                            .explain()));
            for (double[] other : others) {
                double expected = (other[j] - mean) / (constant ? 1 : std);
                problem = problem.or(() -> Approx.difference("feature " + col + " of the row "
                        + NumberText.show(other) + " scaled with the statistics of " + Oracle.rows(rows)
                        + " (mean " + NumberText.show(mean) + ", std " + NumberText.show(std) + ")",
                        t.apply(other)[col], expected, new Tolerance(1e-9, 1e-9)));
            }
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
