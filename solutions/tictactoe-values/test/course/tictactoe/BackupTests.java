package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** The temporal-difference update on positions chosen by hand, and bad input. */
class BackupTests {

    /** X has two in a row (cells 0, 1), O has 3 and 4; X is to move. */
    static final Board BEFORE_WIN = Board.of("XX.|OO.|...");
    /** X completes the top row. */
    static final Board WON = Board.of("XXX|OO.|...");

    @Test
    @Points(2)
    @DependsOn("InitialValueTests.initialValuesFromTheRules")
    @Hint(value = "backup(s, s') moves V(s) a fraction alpha of the way to V(s'): V(s) + alpha (V(s') - V(s)). With "
            + "alpha = 1/2, V(s) = 1/2 and V(s') = 1 (a won position): 0.75, then 0.875. Only V(s) changes, and a "
            + "final position (a win, loss or draw) is never changed.",
            zh = "backup(s, s') 让 V(s) 向 V(s') 移动 alpha 比例的距离：V(s) + alpha (V(s') - V(s))。alpha = 1/2、"
                    + "V(s) = 1/2、V(s') = 1（已赢的局面）时得到 0.75，再一次得到 0.875。只有 V(s) 改变，"
                    + "终局（赢、输或平）的价值永远不变。")
    void backupsByHand() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        agent.backup(BEFORE_WIN, WON);
        double once = agent.value(BEFORE_WIN);
        agent.backup(BEFORE_WIN, WON);
        double twice = agent.value(BEFORE_WIN);
        String problem = Approx.difference("V(" + BEFORE_WIN + ") after one and two backups toward the win",
                new double[] {once, twice}, new double[] {0.75, 0.875}, Tolerance.DEFAULT).orElse(null);
        if (problem == null && agent.value(WON) != 1) {
            problem = "the backup changed V of the later (won) position to " + agent.value(WON) + "; only the earlier "
                    + "position's value changes";
        }
        Board draw = Board.of("XOX|XOO|OXX");
        agent.backup(WON, BEFORE_WIN);
        agent.backup(draw, WON);
        if (problem == null && (agent.value(WON) != 1 || agent.value(draw) != 0)) {
            problem = "final positions keep their values from the rules, but after backing them up the won position "
                    + "is worth " + agent.value(WON) + " and the draw " + agent.value(draw);
        }
        TicTacToeAgent full = new TicTacToeAgent(1, new SplittableRandom(1));
        full.backup(BEFORE_WIN, WON);
        if (problem == null && full.value(BEFORE_WIN) != 1) {
            problem = "with alpha = 1 a backup copies V(later): V(" + BEFORE_WIN + ") should become 1, got "
                    + full.value(BEFORE_WIN);
        }
        assertThat(problem).withFailMessage("alpha = 1/2: %s", problem).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "The step size alpha must be in (0, 1]: 0 never learns, above 1 overshoots the target, and "
            + "negative or NaN makes no sense; throw IllegalArgumentException.",
            zh = "步长 alpha 必须在 (0, 1] 内：0 永远学不到东西，大于 1 会越过目标，负数或 NaN 没有意义；"
                    + "要抛 IllegalArgumentException。")
    void badStepSizesAreRejected() {
        for (double alpha : new double[] {0, -0.5, 1.5, Double.NaN}) {
            MoveTests.rejects(() -> new TicTacToeAgent(alpha, new SplittableRandom(1)), "alpha = " + alpha);
        }
    }
}
