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

class KnnTests {

    private static Dataset line(double[] xs, int[] labels) {
        double[][] rows = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            rows[i] = new double[] {xs[i]};
        }
        return new Dataset(rows, labels);
    }

    private static void expectDistance(Metric m, double[] a, double[] b, double expected) {
        double[] aCopy = a.clone();
        double[] bCopy = b.clone();
        double got = Knn.distance(m, a, b);
        Optional<String> problem = Approx.difference(m + " distance between " + NumberText.show(aCopy) + " and "
                + NumberText.show(bCopy), got, expected, Tolerance.DEFAULT);
        if (problem.isEmpty() && !(Arrays.equals(a, aCopy) && Arrays.equals(b, bCopy))) {
            problem = Optional.of(m + " distance changed its arguments " + NumberText.show(aCopy) + ", "
                    + NumberText.show(bCopy) + " to " + NumberText.show(a) + ", " + NumberText.show(b)
                    + ": distance must not modify them");
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Test
    @Points(2)
    @Hint(value = "Check the four formulas: Euclidean = sqrt of summed squares, Manhattan = sum of |differences|, "
            + "Chebyshev = largest |difference|, cosine distance = 1 - cosine similarity (0 for the same direction, "
            + "2 for opposite directions; 1 if exactly one vector is zero, 0 if both are).",
            zh = "检查四个公式：欧氏 = 差的平方和开根号，曼哈顿 = 差的绝对值之和，切比雪夫 = 最大的绝对差，"
                    + "余弦距离 = 1 - 余弦相似度（同方向为 0，反方向为 2；恰有一个零向量时为 1，两个都是零向量时为 0）。")
    void distanceOfEachMetric() {
        double[] a = {1, 2, 3};
        double[] b = {4, 0, 3};
        expectDistance(Metric.EUCLIDEAN, a, b, Math.sqrt(13));
        expectDistance(Metric.MANHATTAN, a, b, 5);
        expectDistance(Metric.CHEBYSHEV, a, b, 3);
        expectDistance(Metric.COSINE, a, b, 1 - 13 / (5 * Math.sqrt(14)));
        expectDistance(Metric.COSINE, new double[] {1, 1}, new double[] {3, 3}, 0);
        expectDistance(Metric.COSINE, new double[] {1, 0}, new double[] {0, 2}, 1);
        expectDistance(Metric.COSINE, new double[] {1, -2}, new double[] {-2, 4}, 2);
        expectDistance(Metric.COSINE, new double[] {0, 0}, new double[] {1, 2}, 1);
        expectDistance(Metric.COSINE, new double[] {1, 2}, new double[] {0, 0}, 1);
        expectDistance(Metric.COSINE, new double[] {0, 0}, new double[] {0, 0}, 0);
        for (Metric m : Metric.values()) {
            expectDistance(m, new double[] {-1.5, 2}, new double[] {-1.5, 2}, 0);
        }
    }

    @Test
    @Points(1)
    @Hint(value = "With the cosine metric the nearest neighbour is the training point whose direction is closest "
            + "to the query's. Using the cosine similarity itself as the distance turns the nearest into the farthest: "
            + "the distance is 1 - similarity.",
            zh = "使用余弦度量时，最近邻是方向与查询点最接近的训练点。直接把余弦相似度当作距离会把最近的变成最远的："
                    + "距离应为 1 - 相似度。")
    void cosineNearestIsTheMostAlignedPoint() {
        // Row 0 points almost the same way as the query but is far in Euclidean terms; row 2 points the opposite way.
        Dataset train = new Dataset(new double[][] {{5, 5.5}, {1, -1}, {-1, -1}}, new int[] {1, 2, 3});
        double[] query = {1, 1};
        Knn knn = new Knn(3, Metric.COSINE);
        knn.fit(train);
        int[] nearest = knn.nearest(query);
        assertThat(nearest)
                .as("cosine neighbours of [1, 1] among [5, 5.5] (same direction), [1, -1] (orthogonal), "
                        + "[-1, -1] (opposite): expected rows [0, 1, 2] nearest first, got %s", Arrays.toString(nearest))
                .containsExactly(0, 1, 2);
        Knn one = new Knn(1, Metric.COSINE);
        one.fit(train);
        int got = one.predict(query);
        assertThat(got)
                .as("1-NN with cosine distance should predict label 1 (the point [5, 5.5] that points the same way), "
                        + "got %s", got)
                .isEqualTo(1);
    }

    @Test
    @Points(2)
    @Hint(value = "nearest must return exactly k training row indices sorted by distance, equal distances by the "
            + "lower row index. Returning k - 1 or k + 1 rows, or breaking distance ties another way, is an off-by-one "
            + "or tie-break mistake.",
            zh = "nearest 必须恰好返回 k 个训练行下标，按距离排序，距离相同时下标小的在前。返回 k - 1 或 k + 1 行，"
                    + "或用别的方式打破距离平局，都是差一错误或平局规则错误。")
    void nearestNeighboursInOrderWithIndexTieBreak() {
        // distances to the query 2 (Manhattan): rows 1, 2, 4, 5 at distance 1; rows 0, 3 at distance 3
        Dataset train = line(new double[] {5, 1, 3, -1, 1, 3}, new int[] {0, 0, 0, 0, 0, 0});
        int[][] expected = {{1}, {1, 2}, {1, 2, 4}, {1, 2, 4, 5}, {1, 2, 4, 5, 0}, {1, 2, 4, 5, 0, 3}};
        for (int k = 1; k <= 6; k++) {
            Knn knn = new Knn(k, Metric.MANHATTAN);
            knn.fit(train);
            double[] query = {2};
            int[] got = knn.nearest(query);
            assertThat(query).as("nearest must not modify its query").containsExactly(2);
            assertThat(got)
                    .as("training x = [5, 1, 3, -1, 1, 3], query x = 2, k = %d: expected nearest rows %s, got %s", k,
                            Arrays.toString(expected[k - 1]), Arrays.toString(got))
                    .containsExactly(expected[k - 1]);
        }
    }

    @Test
    @Points(2)
    @Hint(value = "Majority vote among the k nearest: the most votes wins; a tie in votes goes to the label whose "
            + "neighbours have the smaller total distance, then to the smaller label. Do not break ties by the first "
            + "label met, the training order, or at random; and do not weight votes by distance.",
            zh = "在 k 个最近邻中多数投票：票数最多者胜；票数相同时，其邻居到查询点总距离更小的标签胜，再相同则取较小的"
                    + "标签。不要按最先遇到的标签、训练顺序或随机打破平局，也不要按距离加权投票。")
    void voteTieBrokenByTotalDistanceThenSmallestLabel() {
        // query 0: rows at distance 1 (label 1), 3 (label 5), 4 (label 5), 9 (label 1), 20 (label 1)
        Dataset train = line(new double[] {1, -3, 4, -9, 20}, new int[] {1, 5, 5, 1, 1});
        expectPrediction(train, 4, new double[] {0}, 5,
                "k = 4: labels 1 and 5 have two votes each; label 5's neighbours total 3 + 4 = 7, label 1's 1 + 9 = 10");
        expectPrediction(train, 5, new double[] {0}, 1, "k = 5: label 1 has three votes against two");
        expectPrediction(train, 1, new double[] {0}, 1, "k = 1: the single nearest row (distance 1) has label 1");
        // query 0: rows at distance 2 (label 4) and 2 (label 3): same votes, same total -> smaller label 3
        Dataset symmetric = line(new double[] {-2, 2}, new int[] {4, 3});
        expectPrediction(symmetric, 2, new double[] {0}, 3,
                "k = 2: one vote each and the same total distance 2, so the smaller label 3 wins");
        // the same tie with the smaller label met first: the later label must not win just by coming later
        Dataset smallerFirst = line(new double[] {-2, 2}, new int[] {3, 4});
        expectPrediction(smallerFirst, 2, new double[] {0}, 3,
                "k = 2: one vote each and the same total distance 2, so the smaller label 3 wins (it comes first)");
        // majority beats closeness: label 0 at distance 0.5, label 1 twice at distances 2 and 3
        Dataset majority = line(new double[] {0.5, 2, -3, 50}, new int[] {0, 1, 1, 0});
        expectPrediction(majority, 3, new double[] {0}, 1,
                "k = 3: label 1 has two votes against one, even though label 0's point is the closest");
    }

    private static void expectPrediction(Dataset train, int k, double[] query, int expected, String why) {
        Knn knn = new Knn(k, Metric.MANHATTAN);
        knn.fit(train);
        int got = knn.predict(query);
        assertThat(got)
                .as("training x = %s with labels %s, query %s, %s: expected label %d, got %d",
                        Arrays.toString(Arrays.stream(train.features()).mapToDouble(r -> r[0]).toArray()),
                        Arrays.toString(train.labels()), Arrays.toString(query), why, expected, got)
                .isEqualTo(expected);
    }

    @Test
    @Points(1)
    @Hint(value = "fit must replace the stored training set, not add to it: the same Knn object is reused for "
            + "another fold or another data set, and rows from an earlier fit must not vote.",
            zh = "fit 必须替换保存的训练集，而不是追加：同一个 Knn 对象会被用于另一折或另一个数据集，"
                    + "之前 fit 的行不能参与投票。")
    void fitReplacesThePreviousTrainingSet() {
        Knn knn = new Knn(2, Metric.EUCLIDEAN);
        assertThat(knn.k()).as("k() of new Knn(2, EUCLIDEAN)").isEqualTo(2);
        assertThat(knn.metric()).as("metric() of new Knn(2, EUCLIDEAN)").isEqualTo(Metric.EUCLIDEAN);
        knn.fit(new Dataset(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new int[] {7, 7, 7, 7}));
        knn.fit(new Dataset(new double[][] {{10, 10}, {12, 12}}, new int[] {3, 3}));
        int got = knn.predict(new double[] {0, 0});
        assertThat(got)
                .as("after fitting on four rows of label 7 and then on two rows of label 3, predict must use only "
                        + "the second training set: expected 3, got %d", got)
                .isEqualTo(3);
        int[] nearest = knn.nearest(new double[] {11.5, 11.5});
        assertThat(nearest)
                .as("after the second fit the nearest rows of [11.5, 11.5] are rows 1 then 0 of the new set, got %s",
                        Arrays.toString(nearest))
                .containsExactly(1, 0);
    }

    @Test
    @Points(1)
    @Hint(value = "Reject misuse with the documented exceptions: k larger than the training set in fit "
            + "(IllegalArgumentException), predict or nearest before fit (IllegalStateException), a query or vector "
            + "of the wrong length (IllegalArgumentException).",
            zh = "按文档抛出异常：fit 时 k 大于训练集（IllegalArgumentException），fit 之前调用 predict 或 nearest"
                    + "（IllegalStateException），查询点或向量长度不对（IllegalArgumentException）。")
    void misuseIsRejected() {
        Dataset two = new Dataset(new double[][] {{0}, {1}}, new int[] {0, 1});
        Knn fitted = new Knn(2, Metric.MANHATTAN);
        fitted.fit(two);
        Optional<String> problem = new Rejections()
                .mustThrow(IllegalArgumentException.class, "fit with k = 3 on a training set of 2 rows",
                        () -> new Knn(3, Metric.EUCLIDEAN).fit(two))
                .mustThrow(IllegalStateException.class, "predict before fit",
                        () -> new Knn(1, Metric.EUCLIDEAN).predict(new double[] {0}))
                .mustThrow(IllegalStateException.class, "nearest before fit",
                        () -> new Knn(1, Metric.EUCLIDEAN).nearest(new double[] {0}))
                .mustThrow(IllegalArgumentException.class, "predict with a query of 2 features on 1-feature "
                        + "training rows", () -> fitted.predict(new double[] {0, 1}))
                .mustThrow(IllegalArgumentException.class, "nearest with a query of 2 features on 1-feature "
                        + "training rows", () -> fitted.nearest(new double[] {0, 1}))
                .mustThrow(IllegalArgumentException.class, "distance between vectors of lengths 2 and 1",
                        () -> Knn.distance(Metric.EUCLIDEAN, new double[] {1, 2}, new double[] {1}))
                .mustThrow(IllegalArgumentException.class, "cosine distance between vectors of lengths 1 and 3",
                        () -> Knn.distance(Metric.COSINE, new double[] {1}, new double[] {1, 2, 3}))
                .problem();
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
