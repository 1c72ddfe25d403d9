package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Whole games against scripted opponents, followed by hand: the record, and what the table learns. */
class GameTests {

    /** O always takes the lowest empty cell. */
    static final Opponent LOWEST = board -> board.emptyCells()[0];

    /** X's positions in the game against {@link #LOWEST} on a new table: X takes 0, 2, 4, then wins with 6. */
    static final Board[] MINE = {Board.of("X..|...|..."), Board.of("XOX|...|..."), Board.of("XOX|OX.|..."),
        Board.of("XOX|OXO|X..")};

    @Test
    @Points(2)
    @DependsOn({"MoveTests.greedyMovesOnANewTable", "BackupTests.backupsByHand"})
    @Hint(value = "play() alternates X (the agent) and O from the empty board and records every position. Against "
            + "an O that takes the lowest empty cell, a new greedy agent plays 0, 2, 4 and wins with 6 (6 and 8 both "
            + "win; 6 is lower). With alpha = 1/2 the only value that changes is that of X's position before the "
            + "winning move, backed up toward the win: 1/2 + 1/2 (1 - 1/2) = 0.75.",
            zh = "play() 从空棋盘开始让 X（智能体）和 O 轮流落子，并记录每一个局面。对手 O 总是取编号最小的空格时，"
                    + "新的贪心智能体依次走 0、2、4，然后用 6 获胜（6 和 8 都能赢，6 更小）。alpha = 1/2 时，唯一改变的"
                    + "价值是 X 获胜前那一步所到局面的价值，它向胜局更新：1/2 + 1/2 (1 - 1/2) = 0.75。")
    void aWonGameAndWhatItTeaches() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        Game game = agent.play(LOWEST, 0, true);
        List<String> expected = List.of("...|...|...", "X..|...|...", "XO.|...|...", "XOX|...|...", "XOX|O..|...",
                "XOX|OX.|...", "XOX|OXO|...", "XOX|OXO|X..");
        List<String> got = game.positions().stream().map(Board::toString).toList();
        String problem = got.equals(expected) && game.outcome() == Outcome.WIN ? null : "the game must be " + expected
                + " (a WIN), got " + got + " (" + game.outcome() + ")";
        if (problem == null) {
            problem = Approx.difference("V of X's positions " + List.of(MINE), values(agent), new double[] {0.5, 0.5,
                0.75, 1}, Tolerance.DEFAULT).map(d -> "after one game: " + d).orElse(null);
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Test
    @Points(2)
    @DependsOn("aWonGameAndWhatItTeaches")
    @Hint(value = "Temporal-difference learning passes the value of the win back one move per game: in the second "
            + "game the greedy move into XOX|OX.|... (now 0.75) backs up XOX|...|... to 1/2 + 1/2 (0.75 - 1/2) = "
            + "0.625, and the win raises XOX|OX.|... to 0.875; in the third, X..|...|... reaches 0.5625. Each greedy "
            + "move backs up the position the agent moved to BEFORE, toward the one it moves to now.",
            zh = "时序差分学习每局把胜利的价值往前传一步：第二局中，走进 XOX|OX.|...（现在是 0.75）这个贪心走法把 "
                    + "XOX|...|... 更新为 1/2 + 1/2 (0.75 - 1/2) = 0.625，胜利又把 XOX|OX.|... 提高到 0.875；第三局中 "
                    + "X..|...|... 达到 0.5625。每一个贪心走法都把智能体上一次走到的局面向这一次走到的局面更新。")
    void valuesFlowBackOneMovePerGame() {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        double[][] expected = {{0.5, 0.5, 0.75, 1}, {0.5, 0.625, 0.875, 1}, {0.5625, 0.75, 0.9375, 1}};
        String problem = null;
        for (int g = 0; g < 3 && problem == null; g++) {
            agent.play(LOWEST, 0, true);
            int games = g + 1;
            problem = Approx.difference("V of X's positions " + List.of(MINE), values(agent), expected[g],
                    Tolerance.DEFAULT).map(d -> "after " + games + (games == 1 ? " game: " : " games: ") + d)
                    .orElse(null);
        }
        assertThat(problem).withFailMessage("alpha = 1/2, epsilon = 0, O takes the lowest empty cell: %s", problem)
                .isNull();
    }

    @Test
    @Points(2)
    @DependsOn("aWonGameAndWhatItTeaches")
    @Hint(value = "When the OPPONENT's move ends the game, the agent backs up its last position toward the final "
            + "one (the end is the environment's doing, not an exploratory move). Here O wins on the diagonal 2-4-6 "
            + "after X's move to XXO|XO.|..., so that position drops to 1/2 + 1/2 (0 - 1/2) = 0.25. Without it the "
            + "agent never learns from losses.",
            zh = "当对手的走法结束对局时，智能体要把自己上一次走到的局面向终局更新（结束是环境造成的，不是探索走法）。"
                    + "这里 X 走到 XXO|XO.|... 之后 O 以 2-4-6 对角线获胜，所以该局面降为 1/2 + 1/2 (0 - 1/2) = 0.25。"
                    + "没有这一步，智能体永远学不到输棋的教训。")
    void aLostGameIsBackedUpToo() {
        int[] order = {4, 2, 6, 8, 0, 1, 3, 5, 7};
        Opponent scripted = board -> {
            for (int cell : order) {
                if (board.at(cell).isEmpty()) {
                    return cell;
                }
            }
            throw new IllegalStateException("no empty cell on " + board);
        };
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(1));
        Game game = agent.play(scripted, 0, true);
        Board beforeLoss = Board.of("XXO|XO.|...");
        String problem = game.outcome() == Outcome.LOSS && game.positions().size() == 7 ? null : "the game must be "
                + "X0, O4, X1, O2, X3, O6 (a LOSS), got " + game.positions() + " (" + game.outcome() + ")";
        if (problem == null && Math.abs(agent.value(beforeLoss) - 0.25) > 1e-12) {
            problem = "V(" + beforeLoss + ") after O won from it must be 0.25, got " + agent.value(beforeLoss);
        }
        TicTacToeAgent quiet = new TicTacToeAgent(0.5, new SplittableRandom(1));
        quiet.play(scripted, 0, false);
        quiet.play(LOWEST, 0, false);
        if (problem == null && (quiet.value(beforeLoss) != 0.5 || quiet.value(MINE[2]) != 0.5)) {
            problem = "play(..., learn = false) must not change the table, but V(" + beforeLoss + ") = "
                    + quiet.value(beforeLoss) + " and V(" + MINE[2] + ") = " + quiet.value(MINE[2]);
        }
        assertThat(problem).withFailMessage("alpha = 1/2, epsilon = 0, O plays the first empty cell of 4, 2, 6, 8, "
                + "0, 1, 3, 5, 7: %s", problem).isNull();
    }

    @Test
    @Points(1)
    @Hint(value = "All the agent's random numbers come from the generator given to the constructor: against the same "
            + "opponent, agents made with generators of the same seed play the same games, and with different seeds "
            + "(epsilon = 0.5) different ones. Math.random(), new Random() or a generator of your own breaks this.",
            zh = "智能体的所有随机数都来自构造函数传入的生成器：面对同一个对手，用相同种子的生成器创建的智能体下出相同的"
                    + "对局，种子不同（epsilon = 0.5）时下出不同的对局。使用 Math.random()、new Random() 或自己创建的"
                    + "生成器都会破坏这一点。")
    void theGeneratorDecidesTheGames() {
        List<List<Board>> first = games(1);
        List<List<Board>> again = games(1);
        List<List<Board>> other = games(2);
        String problem = !first.equals(again) ? "two agents seeded 1 played different games against the same opponent"
                : first.equals(other) ? "agents seeded 1 and 2 played the same 20 games with epsilon = 0.5: the "
                + "exploration does not use the generator given to the constructor" : null;
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    /** 20 learning games with epsilon = 0.5 against {@link #LOWEST} by an agent seeded {@code seed}. */
    private static List<List<Board>> games(long seed) {
        TicTacToeAgent agent = new TicTacToeAgent(0.5, new SplittableRandom(seed));
        List<List<Board>> games = new java.util.ArrayList<>();
        for (int g = 0; g < 20; g++) {
            games.add(agent.play(LOWEST, 0.5, true).positions());
        }
        return games;
    }

    private static double[] values(TicTacToeAgent agent) {
        double[] v = new double[MINE.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = agent.value(MINE[i]);
        }
        return v;
    }
}
