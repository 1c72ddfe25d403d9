package course.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

class StandardizerProperties {

    /** Rows whose features are spread out, constant (column 0 sometimes) or anything in between. */
    @Provide
    Arbitrary<double[][]> rowSets() {
        Arbitrary<Double> value = Arbitraries.doubles().between(-100, 100).ofScale(3);
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

    @Property
    @Points(2)
    @Hint(value = "After fitting, every fitted row scales to (x - mean) / std with the population standard deviation "
            + "(divide by n, not n - 1): each scaled feature has mean 0 and standard deviation 1 (a constant feature "
            + "becomes 0). The same transform maps any other row with the same statistics.",
            zh = "拟合后，每个拟合行变为 (x - mean) / std，其中 std 为总体标准差（除以 n，不是 n - 1）："
                    + "缩放后每个特征均值为 0、标准差为 1（常数特征变为 0）。同一变换用同样的统计量映射其他任何行。")
    void fittedRowsGetMeanZeroAndUnitStd(@ForAll("rowSets") double[][] rows,
            @ForAll @Size(4) List<@DoubleRange(min = -100, max = 100) Double> extra) {
        int n = rows.length;
        int dim = rows[0].length;
        double[][] others = {extra.stream().limit(dim).mapToDouble(Double::doubleValue).toArray(),
                Arrays.stream(rows[0]).map(x -> x + 7.5).toArray()};
        double[][] copy = Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
        FeatureTransform t = new Standardizer().fit(rows);
        assertThat(rows).as("fit must not modify the rows it is given").isDeepEqualTo(copy);
        double[][] scaled = t.applyAll(rows);
        for (int j = 0; j < dim; j++) {
            final int col = j;
            double mean = Arrays.stream(rows).mapToDouble(r -> r[col]).average().orElseThrow();
            double std = Math.sqrt(Arrays.stream(rows).mapToDouble(r -> (r[col] - mean) * (r[col] - mean)).sum() / n);
            boolean constant = std <= 1e-12;
            double[] column = Arrays.stream(scaled).mapToDouble(r -> r[col]).toArray();
            double scaledMean = Arrays.stream(column).average().orElseThrow();
            double scaledStd = Math.sqrt(Arrays.stream(column).map(x -> (x - scaledMean) * (x - scaledMean)).sum() / n);
            assertThat(scaledMean)
                    .as("feature %d of the fitted rows %s has mean %s after scaling, expected 0 (scaled column %s)", j,
                            Oracle.rows(rows), scaledMean, Arrays.toString(column))
                    .isCloseTo(0, within(1e-9));
            assertThat(scaledStd)
                    .as("feature %d of the fitted rows %s has population std %s after scaling, expected %s "
                                    + "(scaled column %s)", j, Oracle.rows(rows), scaledStd, constant ? 0 : 1,
                            Arrays.toString(column))
                    .isCloseTo(constant ? 0 : 1, within(1e-9));
            for (double[] other : others) {
                double expected = (other[j] - mean) / (constant ? 1 : std);
                double got = t.apply(other)[j];
                assertThat(got)
                        .as("fitted on %s (feature %d: mean %s, std %s), the row %s should have feature %d scaled to "
                                + "%s, got %s", Oracle.rows(rows), j, mean, std, Arrays.toString(other), j, expected, got)
                        .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
            }
        }
    }
}
