package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.NumberText;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Learning games with exploration against a random player, replayed by the rules of the statement. */
class GameProperties {

    @Provide
    Arbitrary<Long> seed() {
        return Arbitraries.longs().between(1, 1_000_000);
    }

    @Provide
    Arbitrary<Double> alpha() {
        return Arbitraries.of(0.5, 0.25);
    }

    @Property(tries = 15)
    @Points(3)
    @DependsOn({"GameTests.valuesFlowBackOneMovePerGame", "GameTests.aLostGameIsBackedUpToo",
        "MoveTests.greedyMovesFollowTheLearnedValues"})
    @Hint(value = "In every game the table must change exactly as the rules say: after each greedy move (the "
            + "position moved to has the largest value, judged before the move) except the first, back up the "
            + "position moved to last time; after an exploratory move, nothing; when the opponent ends the game, "
            + "back up the last position toward the final one. Checked by replaying your recorded games with "
            + "epsilon = 0.3 against a random player.",
            zh = "每一局中价值表的变化都必须与规则完全一致：除第一步外，每个贪心走法（走到的局面价值最大，在走之前判断）"
                    + "之后更新上一次走到的局面；探索走法之后不更新；对手结束对局时，把最后一次走到的局面向终局更新。"
                    + "检查方法：用 epsilon = 0.3 与随机对手对弈，重放你记录的对局。")
    void learningFollowsTheRulesInRecordedGames(@ForAll("seed") long seed, @ForAll("alpha") double alpha) {
        TicTacToeAgent agent = new TicTacToeAgent(alpha, new SplittableRandom(seed));
        ReferenceAgent replay = new ReferenceAgent(alpha);
        Opponent opponent = Opponent.random(new SplittableRandom(seed + 1));
        String problem = null;
        for (int g = 1; g <= 30 && problem == null; g++) {
            Game game = agent.play(opponent, 0.3, true);
            List<Integer> exploratory = replay.replay(game.positions());
            for (Board b : game.positions()) {
                if (problem == null && Math.abs(agent.value(b) - replay.value(b)) > 1e-12) {
                    problem = "after game " + g + " " + game.positions() + " V(" + b + ") is "
                            + NumberText.show(agent.value(b)) + " but the rules give " + NumberText.show(replay.value(b))
                            + " (replaying all your games from a new table); in this game X reached "
                            + (exploratory.isEmpty() ? "every position by a greedy move"
                            : "positions " + exploratory + " (counting the empty board as 0) by exploratory moves, "
                            + "which are not followed by a backup");
                }
            }
        }
        assertThat(problem).withFailMessage("alpha = %s, epsilon = 0.3, seed %s: %s", alpha, seed, problem).isNull();
    }
}
