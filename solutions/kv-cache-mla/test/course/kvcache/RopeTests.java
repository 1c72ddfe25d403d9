package course.kvcache;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

import course.kvcache.KvOracle.Pairing;
import course.kvcache.KvOracle.Variant;

/** RoPE on vectors small enough to rotate by hand, and its documented exceptions. */
class RopeTests {

    @Test
    @Points(2)
    @Hint(value = "RoPE turns each adjacent pair (x_{2i}, x_{2i+1}) counter-clockwise by position * theta_i with "
            + "theta_i = 10000^(-2i/d): (a, b) -> (a cos - b sin, a sin + b cos). For d = 4, theta_0 = 1 and theta_1 "
            + "= 10000^(-1/2) = 0.01. Position 0 leaves the vector as it is.",
            zh = "RoPE 把每对相邻元素 (x_{2i}, x_{2i+1}) 逆时针旋转 position * theta_i，theta_i = 10000^(-2i/d)："
                    + "(a, b) -> (a cos - b sin, a sin + b cos)。d = 4 时 theta_0 = 1，theta_1 = 10000^(-1/2) = 0.01。"
                    + "位置 0 时向量不变。")
    void ropeOfHandVectors() {
        expect(new double[] {1, 0}, 1, new double[] {Math.cos(1), Math.sin(1)});
        expect(new double[] {0, 2}, 3, new double[] {-2 * Math.sin(3), 2 * Math.cos(3)});
        expect(new double[] {1, 0, 0, 1}, 2, new double[] {Math.cos(2), Math.sin(2), -Math.sin(0.02),
            Math.cos(0.02)});
        expect(new double[] {3, -1, 2, 5}, 0, new double[] {3, -1, 2, 5});
    }

    private static void expect(double[] x, int position, double[] expected) {
        double[] actual = Rope.rotate(x.clone(), position);
        Approx.difference("RoPE(" + Arrays.toString(x) + ", position " + position + ")", actual, expected,
                Tolerance.DEFAULT).ifPresent(d -> {
                    throw new AssertionError(d + diagnose(x, position, actual, expected));
                });
    }

    static String diagnose(double[] x, int position, double[] actual, double[] expected) {
        return Diagnosis.of(actual, expected, Tolerance.DEFAULT).called("rotated vector")
                .mistake("you paired x_i with x_{i+d/2} (the \"rotate half\" layout of some libraries); pair the "
                        + "adjacent entries (x_{2i}, x_{2i+1}) as Su et al. do",
                        () -> KvOracle.rope(x, position, Variant.CORRECT.withPairing(Pairing.HALVES)))
                .mistake("the pairs turn clockwise: the first entry must be a cos - b sin",
                        () -> KvOracle.rope(x, position, Variant.CORRECT.withPairing(Pairing.CLOCKWISE)))
                .mistake("the frequencies are 10000^(-i/d); they are theta_i = 10000^(-2i/d)",
                        () -> KvOracle.rope(x, position, Variant.CORRECT.withExponent(1)))
                .mistake("the second entry of each pair was computed from the already-rotated first entry (an "
                        + "in-place update); compute both new entries from the old pair",
                        () -> KvOracle.rope(x, position, Variant.CORRECT.withPairing(Pairing.IN_PLACE)))
                .explain();
    }

    @Test
    @Points(1)
    @Hint(value = "Rope.rotate throws IllegalArgumentException for an empty vector, a vector of odd length (RoPE "
            + "rotates pairs) and a negative position.",
            zh = "Rope.rotate 在向量为空、长度为奇数（RoPE 旋转的是成对元素）或位置为负时抛出 IllegalArgumentException。")
    void ropeRejectsInvalidInput() {
        assertThatThrownBy(() -> Rope.rotate(new double[0], 1)).as("an empty vector")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rope.rotate(new double[3], 1)).as("a vector of 3 entries")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rope.rotate(new double[2], -1)).as("position -1")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
