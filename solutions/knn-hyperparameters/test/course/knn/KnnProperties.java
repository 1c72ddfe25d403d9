package course.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

/**
 * Properties of Knn on generated data sets.
 *
 * <p>Shrinking is off: each try runs a brute-force KNN, and shrinking a data set takes thousands of tries, too long
 * for the per-test time limit. The generated data sets are small (at most 10 rows, two decimals) so that the
 * reported sample stays readable.
 */
class KnnProperties {

    @Provide
    Arbitrary<KnnCase> smoothCases() {
        return Generators.cases(Generators.smoothCoordinate(), Generators.anyMetric(), 10);
    }

    /** Half the cases on a small integer grid (many exact distance and vote ties), half with two-decimal values. */
    @Provide
    Arbitrary<KnnCase> mixedCases() {
        return Arbitraries.oneOf(
                Generators.cases(Generators.gridCoordinate(), Generators.exactMetric(), 10),
                smoothCases());
    }

    @Property(shrinking = ShrinkingMode.OFF) // see the class comment
    @Points(2)
    @Hint(value = "With k = 1 a training point is its own nearest neighbour (distance 0), so predicting a distinct "
            + "training point must return its own label. Do not skip the point at distance 0 (that is leave-one-out, "
            + "not prediction), and for cosine remember that the distance is 1 - similarity.",
            zh = "k = 1 时，训练点自己就是自己的最近邻（距离为 0），所以对互不相同的训练点做预测必须返回它自己的标签。"
                    + "不要跳过距离为 0 的点（那是留一法，不是预测）；余弦距离是 1 - 相似度。")
    void kOneRecallsEveryTrainingPoint(@ForAll("smoothCases") KnnCase c) {
        Dataset train = c.train();
        for (int i = 0; i < train.size(); i++) {
            for (int j = i + 1; j < train.size(); j++) {
                Assume.that(Oracle.distance(c.metric(), train.row(i), train.row(j)) > 1e-6); // distinct points
            }
        }
        Knn knn = new Knn(1, c.metric());
        knn.fit(train);
        for (int i = 0; i < train.size(); i++) {
            int got = knn.predict(train.row(i));
            assertThat(got)
                    .as("k = 1, %s: predicting training row %d %s must return its own label %d, got %d",
                            c.metric(), i, Arrays.toString(train.row(i)), train.label(i), got)
                    .isEqualTo(train.label(i));
        }
    }

    @Property(shrinking = ShrinkingMode.OFF) // see the class comment
    @Points(2)
    @Hint(value = "When no two training points are at the same distance from the query, the prediction depends "
            + "only on the set of training points, not on their order. A vote tie must be broken by the total "
            + "distance, then the smaller label - never by which row came first.",
            zh = "当没有两个训练点到查询点的距离相同时，预测只取决于训练点的集合，与它们的顺序无关。"
                    + "投票平局必须按总距离、再按较小标签打破，绝不能按哪一行在前。")
    void predictionDoesNotDependOnTrainingOrder(@ForAll("smoothCases") KnnCase c, @ForAll long shuffleSeed) {
        Assume.that(Generators.noTies(c));
        Dataset train = c.train();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(shuffleSeed));
        Dataset shuffled = train.subset(order.stream().mapToInt(Integer::intValue).toArray());
        Knn original = new Knn(c.k(), c.metric());
        original.fit(train);
        Knn permuted = new Knn(c.k(), c.metric());
        permuted.fit(shuffled);
        for (double[] q : c.queries()) {
            int a = original.predict(q);
            int b = permuted.predict(q);
            assertThat(b)
                    .as("query %s: prediction %d on the training rows in their order, but %d after reordering them "
                            + "as rows %s (no distance ties, so the order must not matter)", Arrays.toString(q), a, b,
                            order)
                    .isEqualTo(a);
        }
    }

    @Property(shrinking = ShrinkingMode.OFF) // see the class comment
    @Points(1)
    @Hint(value = "With k = n (all training rows vote) KNN predicts the majority class of the training set for "
            + "every query. A different answer means fewer or more than k neighbours are counted.",
            zh = "k = n（所有训练行都投票）时，KNN 对任何查询点都预测训练集中的多数类。"
                    + "结果不同说明统计的邻居多于或少于 k 个。")
    void kEqualToTrainingSizePredictsTheMajorityClass(@ForAll("smoothCases") KnnCase c) {
        Dataset train = c.train();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int label : train.labels()) {
            counts.merge(label, 1, Integer::sum);
        }
        int max = Collections.max(counts.values());
        List<Integer> majority = counts.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey)
                .toList();
        Assume.that(majority.size() == 1);
        Knn knn = new Knn(train.size(), c.metric());
        knn.fit(train);
        for (double[] q : c.queries()) {
            int got = knn.predict(q);
            assertThat(got)
                    .as("k = n = %d, labels %s: the majority class is %d, but query %s got %d", train.size(),
                            Arrays.toString(train.labels()), majority.get(0), Arrays.toString(q), got)
                    .isEqualTo(majority.get(0));
        }
    }

    @Property(shrinking = ShrinkingMode.OFF) // see the class comment
    @Points(2)
    @Hint(value = "nearest and predict must agree with a brute-force KNN: the k nearest rows sorted by (distance, "
            + "row index), then majority vote with ties to the smaller total distance, then the smaller label. "
            + "Check for off-by-one in k and for vote ties broken another way.",
            zh = "nearest 和 predict 必须与暴力 KNN 一致：按（距离，行下标）排序取 k 个最近行，多数投票，"
                    + "平局取总距离较小者，再取较小标签。检查 k 的差一错误和其他平局打破方式。")
    void predictionMatchesBruteForce(@ForAll("mixedCases") KnnCase c) {
        Assume.that(Generators.unambiguous(c));
        Knn knn = new Knn(c.k(), c.metric());
        knn.fit(c.train());
        for (double[] q : c.queries()) {
            int[] expectedNearest = Oracle.nearest(c.train(), c.k(), c.metric(), q);
            int[] gotNearest = knn.nearest(q);
            assertThat(gotNearest)
                    .as("query %s: expected nearest rows %s, got %s", Arrays.toString(q),
                            Arrays.toString(expectedNearest), Arrays.toString(gotNearest))
                    .containsExactly(expectedNearest);
            int expected = Oracle.predict(c.train(), c.k(), c.metric(), q);
            int got = knn.predict(q);
            assertThat(got)
                    .as("query %s with nearest rows %s: expected label %d, got %d", Arrays.toString(q),
                            Arrays.toString(expectedNearest), expected, got)
                    .isEqualTo(expected);
        }
    }
}
