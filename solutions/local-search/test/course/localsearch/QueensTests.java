package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class QueensTests {

    @Test
    @Points(2)
    @Hint(value = "AIMA's genetic-algorithm population (Figure 4.6; one digit per column, 1 = bottom row): 24748552, "
            + "32752411, 24415124 and 32543213 have fitness 24, 23, 20 and 11, so 4, 5, 8 and 17 attacking pairs "
            + "out of C(8, 2) = 28. A pair on one row or one diagonal attacks even with a queen between them.",
            zh = "AIMA 遗传算法的种群（图 4.6；每列一个数字，1 表示最下一行）：24748552、32752411、24415124 和 32543213 "
                    + "的适应度为 24、23、20 和 11，即 C(8, 2) = 28 对中分别有 4、5、8、17 对互相攻击。同一行或同一对角线上"
                    + "的两个皇后，即使中间隔着别的皇后也算攻击。")
    void aimaPopulationHasFitness24_23_20_11() {
        String[] boards = {"24748552", "32752411", "24415124", "32543213"};
        int[] fitness = {24, 23, 20, 11};
        for (int i = 0; i < boards.length; i++) {
            Board b = Board.fromDigits(boards[i]);
            assertThat(Queens.attackingPairs(b)).as("attacking pairs of %s (%s)", boards[i], b)
                    .isEqualTo(28 - fitness[i]);
            assertThat(Queens.fitness(b)).as("fitness of %s (%s)", boards[i], b).isEqualTo(fitness[i]);
        }
    }

    @Test
    @Points(1)
    @Hint(value = "Queens between two others do not protect them: three queens on one row are 3 attacking pairs, "
            + "four on one diagonal are 6 (C(4, 2)); a solution of 8-queens has 0 and fitness 28, a 1 x 1 board has "
            + "0 pairs at all.",
            zh = "夹在中间的皇后不能保护两端的皇后：同一行上的三个皇后构成 3 对攻击，同一对角线上的四个皇后构成 6 对"
                    + "（C(4, 2)）；8 皇后的解有 0 对攻击、适应度 28，1 x 1 的棋盘根本没有皇后对。")
    void queensInBetweenDoNotBlock() {
        assertThat(Queens.attackingPairs(Board.of(0, 0, 0))).as("three queens on row 0").isEqualTo(3);
        assertThat(Queens.attackingPairs(Board.of(0, 1, 2, 3))).as("four queens on a diagonal").isEqualTo(6);
        assertThat(Queens.attackingPairs(Board.of(3, 2, 1, 0))).as("four queens on an anti-diagonal").isEqualTo(6);
        Board solution = Board.of(0, 4, 7, 5, 2, 6, 1, 3);
        assertThat(Queens.attackingPairs(solution)).as("attacking pairs of the solution %s", solution).isZero();
        assertThat(Queens.fitness(solution)).as("fitness of the solution %s", solution).isEqualTo(28);
        assertThat(Queens.attackingPairs(Board.of(0))).as("attacking pairs of a 1 x 1 board").isZero();
        assertThat(Queens.fitness(Board.of(0))).as("fitness of a 1 x 1 board").isZero();
    }
}
