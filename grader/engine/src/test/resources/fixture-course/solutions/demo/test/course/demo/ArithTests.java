package course.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class ArithTests {
    @Test
    @Points(1)
    @Hint("add two numbers")
    void addsSmallNumbers() {
        assertThat(Arith.add(2, 3)).as("add(2, 3)").isEqualTo(5);
    }

    @Test
    @Points(2)
    @Hint("factorial multiplies 1..n")
    void factorialOfFive() {
        assertThat(Arith.factorial(5)).as("5!").isEqualTo(120);
    }

    @Test
    @Points(1)
    @Hint("the support class calls your add")
    void pairSum() {
        assertThat(new Pair(4, 5).sum()).isEqualTo(9);
    }
}
