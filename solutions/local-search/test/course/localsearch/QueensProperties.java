package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.Tolerance;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QueensProperties {

    @Provide
    Arbitrary<Board> boards() {
        return Generators.boards(1, 9);
    }

    @Property(tries = 60)
    @Points(2)
    @Hint(value = "h counts every unordered pair of queens on the same row or the same diagonal (both directions), "
            + "whether or not another queen stands between them. Counting (i, j) and (j, i), or stopping at the first "
            + "queen met along a line, gives another number.",
            zh = "h 统计所有同行或同一对角线（两个方向）上的无序皇后对，不管中间有没有别的皇后。把 (i, j) 和 (j, i) "
                    + "各算一次，或沿一条线遇到第一个皇后就停下，都会得到别的数。")
    void attackingPairsCountsEveryPairOnALine(@ForAll("boards") Board b) {
        int h = Queens.attackingPairs(b);
        int expected = Oracle.h(b);
        String problem = h == expected ? null : "attackingPairs(" + b + ") is " + h + " but should be " + expected
                + Diagnosis.of(h, expected, Tolerance.DEFAULT).called("counts")
                        .mistakeNumber("every pair is counted twice, as (i, j) and as (j, i)",
                                () -> (double) Oracle.pairs(b, true, false))
                        .mistakeNumber("a queen in between is taken to block the attack",
                                () -> (double) Oracle.pairs(b, false, true))
                        .explain();
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 60)
    @Points(1)
    @Hint(value = "Every pair of queens either attacks or does not, so fitness + attacking pairs = C(n, 2) = "
            + "n (n - 1) / 2 on every board (28 on 8 x 8).",
            zh = "每对皇后要么互相攻击，要么不攻击，所以在任何棋盘上都有 适应度 + 攻击对数 = C(n, 2) = n (n - 1) / 2"
                    + "（8 x 8 时为 28）。")
    void fitnessPlusAttackingPairsIsAllPairs(@ForAll("boards") Board b) {
        int n = b.size();
        int sum = Queens.fitness(b) + Queens.attackingPairs(b);
        String problem = sum == n * (n - 1) / 2 ? null
                : "on " + b + " fitness " + Queens.fitness(b) + " + attacking pairs " + Queens.attackingPairs(b)
                        + " = " + sum + ", but C(" + n + ", 2) = " + n * (n - 1) / 2;
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
