package course.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;

/**
 * Properties of Knn on generated data sets: at most 10 rows with two decimals (or whole numbers on a grid), which
 * shrink toward few rows and coordinates near 1. Each property has one failure site, so that jqwik shrinks toward
 * samples that fail the same way.
 */
class KnnProperties {

    @Provide
    Arbitrary<KnnCase> smoothCases() {
        return Generators.cases(Generators.smoothCoordinate(), Generators.anyMetric(), 10);
    }

    /** A shuffle of the row indices of the largest data set, 0..9. */
    @Provide
    Arbitrary<List<Integer>> orders() {
        return Arbitraries.shuffle(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    /** Half the cases on a small integer grid (many exact distance and vote ties), half with two-decimal values. */
    @Provide
    Arbitrary<KnnCase> mixedCases() {
        return Arbitraries.oneOf(
                Generators.cases(Generators.gridCoordinate(), Generators.exactMetric(), 10),
                smoothCases());
    }

    @Property(tries = 60)
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
        Optional<String> problem = Optional.empty();
        for (int i = 0; i < train.size() && problem.isEmpty(); i++) {
            int got = knn.predict(train.row(i));
            if (got != train.label(i)) {
                problem = Optional.of("k = 1, " + c.metric() + ": predicting training row " + i + " "
                        + NumberText.show(train.row(i)) + " must return its own label " + train.label(i) + ", got "
                        + got);
            }
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "When no two training points are at the same distance from the query, the prediction depends "
            + "only on the set of training points, not on their order. A vote tie must be broken by the total "
            + "distance, then the smaller label - never by which row came first.",
            zh = "当没有两个训练点到查询点的距离相同时，预测只取决于训练点的集合，与它们的顺序无关。"
                    + "投票平局必须按总距离、再按较小标签打破，绝不能按哪一行在前。")
    void predictionDoesNotDependOnTrainingOrder(@ForAll("smoothCases") KnnCase c,
            @ForAll("orders") List<Integer> anyOrder) {
        Assume.that(Generators.noTies(c));
        Dataset train = c.train();
        // the order of the rows 0..n-1 within a shuffle of 0..9
        List<Integer> order = anyOrder.stream().filter(i -> i < train.size()).toList();
        Dataset shuffled = train.subset(order.stream().mapToInt(Integer::intValue).toArray());
        Knn original = new Knn(c.k(), c.metric());
        original.fit(train);
        Knn permuted = new Knn(c.k(), c.metric());
        permuted.fit(shuffled);
        Optional<String> problem = Optional.empty();
        for (double[] q : c.queries()) {
            int a = original.predict(q);
            int b = permuted.predict(q);
            if (a != b && problem.isEmpty()) {
                problem = Optional.of("query " + NumberText.show(q) + ": prediction " + a + " on the training rows "
                        + "in their order, but " + b + " after reordering them as rows " + order + " (no distance "
                        + "ties, so the order must not matter)");
            }
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property(tries = 60)
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
        Optional<String> problem = Optional.empty();
        for (double[] q : c.queries()) {
            int got = knn.predict(q);
            if (got != majority.get(0) && problem.isEmpty()) {
                problem = Optional.of("k = n = " + train.size() + ", labels " + Arrays.toString(train.labels())
                        + ": the majority class is " + majority.get(0) + ", but query " + NumberText.show(q)
                        + " got " + got);
            }
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }

    @Property
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
        Optional<String> problem = Optional.empty();
        for (double[] q : c.queries()) {
            if (problem.isPresent()) {
                break;
            }
            int[] expectedNearest = Oracle.nearest(c.train(), c.k(), c.metric(), q);
            double[] query = q.clone();
            int[] gotNearest = knn.nearest(query);
            if (!Arrays.equals(gotNearest, expectedNearest)) {
                problem = Optional.of("query " + NumberText.show(q) + ": expected nearest rows "
                        + Arrays.toString(expectedNearest) + " (by distance, then row index), got "
                        + Arrays.toString(gotNearest));
            } else if (!Arrays.equals(query, q)) {
                problem = Optional.of("nearest changed its query " + NumberText.show(q) + " to "
                        + NumberText.show(query) + ": the query must not be modified");
            } else {
                int expected = Oracle.predict(c.train(), c.k(), c.metric(), q);
                int got = knn.predict(q);
                if (got != expected) {
                    problem = Optional.of("query " + NumberText.show(q) + " with nearest rows "
                            + Arrays.toString(expectedNearest) + ": expected label " + expected + ", got " + got);
                }
            }
        }
        assertThat(problem).withFailMessage("%s", problem.orElse("")).isEmpty();
    }
}
