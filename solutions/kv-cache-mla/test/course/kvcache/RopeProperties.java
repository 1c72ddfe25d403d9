package course.kvcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.Tolerance;

import course.linalg.VectorOracle;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of RoPE on random vectors and positions. */
class RopeProperties {

    @Provide
    Arbitrary<double[]> evenVectors() {
        return CourseArbitraries.smallInts(1, 3).flatMap(pairs -> Generators.vector(2 * pairs, 3));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return CourseArbitraries.smallInts(0, 40);
    }

    @Property(tries = 60)
    @Points(2)
    @Hint(value = "Rope.rotate must follow the definition: pair (x_{2i}, x_{2i+1}) turned counter-clockwise by "
            + "position * 10000^(-2i/d). A rotation keeps the length of the vector and changes no argument.",
            zh = "Rope.rotate 必须符合定义：把 (x_{2i}, x_{2i+1}) 逆时针旋转 position * 10000^(-2i/d)。"
                    + "旋转不改变向量的长度，也不修改参数。")
    void ropeFollowsItsDefinition(@ForAll("evenVectors") double[] x, @ForAll("positions") int position) {
        double[] arg = x.clone();
        double[] actual = Rope.rotate(arg, position);
        double[] expected = KvOracle.rope(x, position);
        String problem = Arrays.equals(arg, x) ? null : "rotate changed its argument to " + Arrays.toString(arg);
        if (problem == null) {
            problem = Approx.difference("RoPE(" + Arrays.toString(x) + ", position " + position + ")", actual,
                    expected, Tolerance.DEFAULT).map(d -> d + RopeTests.diagnose(x, position, actual, expected))
                    .orElse(null);
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 60)
    @Points(2)
    @DependsOn("RopeTests.ropeOfHandVectors")
    @Hint(value = "The point of RoPE: q rotated to position m and k rotated to position n have a dot product that "
            + "depends only on m - n, because both pairs turn by angles whose difference is (m - n) theta_i. Shifting "
            + "both positions by the same amount must not change RoPE(q, m) . RoPE(k, n).",
            zh = "RoPE 的要点：q 旋转到位置 m、k 旋转到位置 n 后，二者的点积只取决于 m - n，因为每对元素转过的角度之差是 "
                    + "(m - n) theta_i。两个位置同时平移相同的量，RoPE(q, m) . RoPE(k, n) 必须不变。")
    void queryKeyScoreDependsOnlyOnThePositionDifference(@ForAll("evenVectors") double[] q,
                                                         @ForAll("positions") int m, @ForAll("positions") int n,
                                                         @ForAll("positions") int shift) {
        double[] k = new double[q.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = (i % 3) - 0.5 * q[(i + 1) % q.length];
        }
        double score = VectorOracle.dot(Rope.rotate(q, m), Rope.rotate(k, n));
        double shifted = VectorOracle.dot(Rope.rotate(q, m + shift), Rope.rotate(k, n + shift));
        double scale = Math.sqrt(VectorOracle.dot(q, q) * VectorOracle.dot(k, k));
        String problem = Approx.difference("RoPE(q, " + (m + shift) + ") . RoPE(k, " + (n + shift) + ")", shifted,
                score, new Tolerance(1e-9 * (1 + scale), 0)).map(d -> d + " = RoPE(q, " + m + ") . RoPE(k, " + n
                + "), the same position difference " + (m - n) + "\n  q = " + Arrays.toString(q) + ", k = "
                + Arrays.toString(k)).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
