package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Figure;
import org.aibasis.grader.api.Figures;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

/** The statistical promise of Section 1.5: after training, the table rarely loses to a random player. */
class TrainingTests {

    static final long SEED = 19_920_101L;
    static final int TRAINING_GAMES = 5_000;
    static final int CHECKPOINT = 1_000;
    static final int CHECK_GAMES = 100;
    static final int FINAL_GAMES = 1_000;
    /** The most final games a trained agent may lose: 5%. Correct agents lost 0.3% to 2.9% over eight seeds. */
    static final int MAX_LOSSES = 50;

    @Test
    @Points(3)
    @DependsOn("GameProperties.learningFollowsTheRulesInRecordedGames")
    @Hint(value = "After 5000 learning games (alpha = 0.1, epsilon = 0.1) against a random player, the greedy agent "
            + "(epsilon = 0, not learning) must win or draw at least 95% of 1000 games against a random player; a "
            + "new table loses about 11%. Losing more means the table does not learn from the games (no backup when "
            + "the opponent wins, the wrong position updated, or updates toward the wrong value).",
            zh = "与随机对手进行 5000 局学习（alpha = 0.1、epsilon = 0.1）之后，贪心智能体（epsilon = 0，不再学习）"
                    + "在与随机对手的 1000 局中必须至少赢或平 95%；新的价值表大约输 11%。输得更多说明价值表没有从对局中"
                    + "学到东西（对手获胜时没有更新、更新了错误的局面，或向错误的值更新）。",
            timeout = "5000 training games did not finish: check that play() ends when the board is full or someone "
                    + "has a line, and that looking up a value is fast (an array indexed by Board.code() or a HashMap).",
            timeoutZh = "5000 局训练没有完成：检查 play() 是否在棋盘已满或有人连线时结束，以及查价值是否足够快"
                    + "（用按 Board.code() 索引的数组或 HashMap）。")
    void aTrainedTableRarelyLosesToARandomPlayer() {
        TicTacToeAgent agent = new TicTacToeAgent(0.1, new SplittableRandom(SEED));
        ReferenceAgent reference = new ReferenceAgent(0.1);
        SplittableRandom referenceMoves = new SplittableRandom(SEED);
        Opponent trainer = Opponent.random(new SplittableRandom(SEED + 1));
        Opponent referenceTrainer = Opponent.random(new SplittableRandom(SEED + 1));
        List<Double> x = new ArrayList<>();
        List<Double> mine = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        for (int games = 0; games <= TRAINING_GAMES; games += CHECKPOINT) {
            if (games > 0) {
                for (int g = 0; g < CHECKPOINT; g++) {
                    agent.play(trainer, 0.1, true);
                    reference.play(referenceTrainer, 0.1, referenceMoves, true);
                }
            }
            x.add((double) games);
            mine.add(100.0 * losses(agent, CHECK_GAMES, games) / CHECK_GAMES);
            theirs.add(100.0 * referenceLosses(reference, CHECK_GAMES, games) / CHECK_GAMES);
        }
        publish(x, mine, theirs);
        int lost = losses(agent, FINAL_GAMES, -1);
        assertThat(lost).withFailMessage("after %d learning games your greedy agent lost %d of %d games against a "
                + "random player (%.1f%%); at most %d (5%%) are allowed, a new table loses about 11%%", TRAINING_GAMES,
                lost, FINAL_GAMES, 100.0 * lost / FINAL_GAMES, MAX_LOSSES).isLessThanOrEqualTo(MAX_LOSSES);
    }

    /** How many of {@code n} greedy, non-learning games against a random player (seeded by {@code tag}) are lost. */
    private static int losses(TicTacToeAgent agent, int n, int tag) {
        Opponent opponent = Opponent.random(new SplittableRandom(SEED + 17 + tag));
        int lost = 0;
        for (int g = 0; g < n; g++) {
            if (agent.play(opponent, 0, false).outcome() == Outcome.LOSS) {
                lost++;
            }
        }
        return lost;
    }

    private static int referenceLosses(ReferenceAgent reference, int n, int tag) {
        Opponent opponent = Opponent.random(new SplittableRandom(SEED + 17 + tag));
        SplittableRandom unused = new SplittableRandom(0);
        int lost = 0;
        for (int g = 0; g < n; g++) {
            if (reference.play(opponent, 0, unused, false) == Outcome.LOSS) {
                lost++;
            }
        }
        return lost;
    }

    private static void publish(List<Double> x, List<Double> mine, List<Double> theirs) {
        double[] ref = theirs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] low = new double[ref.length];
        double[] high = new double[ref.length];
        for (int i = 0; i < ref.length; i++) {
            double p = ref[i] / 100;
            double error = 100 * Math.sqrt(Math.max(p * (1 - p), 0.01 * 0.99) / CHECK_GAMES);
            low[i] = Math.max(0, ref[i] - 3 * error);
            high[i] = ref[i] + 3 * error;
        }
        Figures.publish(new Figure("losses", "Games lost to a random player (of " + CHECK_GAMES + ", greedy) while "
                + "learning", "学习过程中输给随机对手的对局比例（" + CHECK_GAMES + " 局，贪心）", "learning games",
                "% lost", x, List.of(Figure.Series.student("yours", mine.stream().mapToDouble(Double::doubleValue)
                .toArray()), Figure.Series.reference("reference", ref).withBand(low, high))));
    }
}
