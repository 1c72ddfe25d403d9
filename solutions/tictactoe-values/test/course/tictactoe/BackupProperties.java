package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.CourseArbitraries;
import org.aibasis.grader.testkit.NumberText;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Backups along generated games: toward the target and never past it; final positions never change. */
class BackupProperties {

    @Provide
    Arbitrary<List<Board>> game() {
        return Boards.games();
    }

    @Provide
    Arbitrary<Double> alpha() {
        return CourseArbitraries.tenths(0.1, 1);
    }

    @Provide
    Arbitrary<Integer> rounds() {
        return CourseArbitraries.smallInts(1, 4);
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("BackupTests.backupsByHand")
    @Hint(value = "Each backup(s, s') sets V(s) to V(s) + alpha (V(s') - V(s)): for alpha in (0, 1] the new value "
            + "lies between the old one and V(s'), moving toward it and never past it (alpha = 1 lands on it).",
            zh = "每次 backup(s, s') 都把 V(s) 设为 V(s) + alpha (V(s') - V(s))：alpha 在 (0, 1] 内时，新值位于旧值与 "
                    + "V(s') 之间，朝它移动而绝不越过它（alpha = 1 时正好落在它上面）。")
    void backupsMoveTowardTheTargetAndNeverPastIt(@ForAll("game") List<Board> positions,
                                                  @ForAll("alpha") double alpha, @ForAll("rounds") int rounds) {
        TicTacToeAgent agent = new TicTacToeAgent(alpha, new SplittableRandom(1));
        String problem = null;
        for (int round = 0; round < rounds && problem == null; round++) {
            // Backing up from the end of the game to its start, repeatedly, spreads the final value backward.
            for (int i = positions.size() - 2; i >= 0 && problem == null; i--) {
                Board s = positions.get(i);
                Board next = positions.get(i + 1);
                double old = agent.value(s);
                double target = agent.value(next);
                agent.backup(s, next);
                double now = agent.value(s);
                double expected = old + alpha * (target - old);
                boolean between = Math.min(old, target) - 1e-12 <= now && now <= Math.max(old, target) + 1e-12;
                if (!between || Math.abs(now - expected) > 1e-12) {
                    problem = "backup(" + s + ", " + next + ") with alpha = " + alpha + " moved V from "
                            + NumberText.show(old) + " to " + NumberText.show(now) + "; the target V(s') is "
                            + NumberText.show(target) + ", so it must become " + NumberText.show(expected)
                            + (between ? "" : " (yours is not even between the old value and the target)");
                }
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property(tries = 100)
    @Points(2)
    @DependsOn("InitialValueTests.initialValuesFromTheRules")
    @Hint(value = "Final positions (a line for X or O, or a full board) keep the value the rules give them, 1 or 0, "
            + "whatever is backed up: backup(final, anything) changes nothing.",
            zh = "终局（X 或 O 连线，或棋盘已满）永远保持规则给出的价值 1 或 0，无论做什么更新："
                    + "backup(终局, 任意局面) 什么都不改变。")
    void finalPositionsNeverChange(@ForAll("game") List<Board> positions, @ForAll("alpha") double alpha) {
        TicTacToeAgent agent = new TicTacToeAgent(alpha, new SplittableRandom(1));
        Board last = positions.get(positions.size() - 1);
        double rule = ReferenceAgent.rules(last);
        String problem = null;
        for (int i = positions.size() - 1; i >= 0 && problem == null; i--) {
            agent.backup(last, positions.get(i));
            agent.backup(positions.get(i), last);
            if (agent.value(last) != rule) {
                problem = "after backup(" + last + ", " + positions.get(i) + ") the final position " + last
                        + " is worth " + agent.value(last) + ", but its value is " + rule + " by the rules";
            }
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
