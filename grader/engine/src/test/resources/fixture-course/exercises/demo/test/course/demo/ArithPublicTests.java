package course.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArithPublicTests {
    @Test
    void addsOneAndOne() {
        assertThat(Arith.add(1, 1)).isEqualTo(2);
    }

    @Test
    void maxOfOne() {
        assertThat(Arith.max(new int[] {7})).isEqualTo(7);
    }
}
