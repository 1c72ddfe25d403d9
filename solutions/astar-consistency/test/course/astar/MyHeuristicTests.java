package course.astar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Example;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import course.graph.Heuristic;

/**
 * CS188-style grading of {@link MyHeuristic}: sanity first (any failure fails every point), then one point per
 * threshold on the total number of expansions over {@link PuzzleInstances#GRADED}.
 */
class MyHeuristicTests {

    /** A sanity problem (null if none) and the total expansions (over the cap means "more than the cap"). */
    private record Evaluation(String problem, int expansions) {
    }

    private static final int CAP = PuzzleInstances.THRESHOLDS.get(0);

    /** What usually makes the heuristic's evaluation run out of time. */
    static final String TIMEOUT = "Evaluating your heuristic took too long: it is called on all 181,440 8-puzzle "
            + "states and on every state A* generates for the 15-puzzles, so each call must take a few microseconds. "
            + "Do not search, copy the board into new collections or allocate large tables per call; compute what "
            + "does not depend on the state once, in the constructor.";
    static final String TIMEOUT_ZH = "评估你的启发函数耗时过长：它要对全部 181,440 个 8 数码状态以及 A* 在 15 数码上生成的"
            + "每个状态调用，所以每次调用只能花几微秒。不要在调用里搜索、把棋盘复制到新集合或分配大表；"
            + "与状态无关的东西在构造函数里一次算好。";
    private static Evaluation cached;
    private static double[] cachedFingerprint;

    /**
     * The evaluation of {@code new MyHeuristic()}, shared by the four level tests (it takes most of the suite's
     * time). It is reused only while the heuristic still gives the same values on a fixed set of states, so that a
     * JVM that runs the tests again on changed code (a mutation tester does) never sees a stale evaluation.
     */
    private static synchronized Evaluation evaluation() {
        MyHeuristic h = new MyHeuristic();
        double[] fingerprint = fingerprint(h);
        if (cached == null || !Arrays.equals(fingerprint, cachedFingerprint)) {
            cached = evaluate(h);
            cachedFingerprint = fingerprint;
        }
        return cached;
    }

    /** The heuristic's values along fixed walks from the 8-puzzle goal and from each graded 15-puzzle. */
    private static double[] fingerprint(PuzzleHeuristic h) {
        List<Puzzle> starts = new ArrayList<>(List.of(Puzzle.goal(3)));
        PuzzleInstances.GRADED.forEach(inst -> starts.add(inst.start()));
        int steps = 500;
        double[] values = new double[starts.size() * steps];
        int i = 0;
        for (Puzzle s : starts) {
            Puzzle state = s;
            for (int step = 0; step < steps; step++) {
                values[i++] = h.estimate(state);
                List<Puzzle> next = state.neighbors();
                state = next.get((step * 7 + 3) % next.size());
            }
        }
        return values;
    }

    private static Evaluation evaluate(PuzzleHeuristic h) {
        String problem = checkAll3x3(h);
        if (problem != null) {
            return new Evaluation(problem, -1);
        }
        int total = 0;
        for (PuzzleInstances.Instance inst : PuzzleInstances.GRADED) {
            PuzzleSearch.Result r;
            try {
                r = PuzzleSearch.solve(inst.start(), h, CAP - total + 1);
            } catch (PuzzleSearch.SanityException e) {
                return new Evaluation("on the 15-puzzle instance " + inst.start() + ": " + e.getMessage(), -1);
            }
            total += r.expansions();
            if (!r.solved()) {
                return new Evaluation(null, total);
            }
            if (r.cost() != inst.optimalCost()) {
                return new Evaluation("A* with your heuristic solved " + inst.start() + " in " + r.cost()
                        + " moves, but the shortest solution has " + inst.optimalCost() + ": it overestimates", -1);
            }
            List<Puzzle> path = r.path();
            for (int i = 0; i < path.size(); i++) {
                double value = h.estimate(path.get(i));
                int remaining = inst.optimalCost() - i;
                if (value > remaining + Heuristic.TOLERANCE) {
                    return new Evaluation("h(" + path.get(i) + ") = " + value + ", but the goal is only " + remaining
                            + " moves away: it overestimates (not admissible)", -1);
                }
            }
        }
        return new Evaluation(null, total);
    }

    /**
     * Every solvable 8-puzzle state: h >= 0, finite, h(goal) = 0, h <= the true distance (breadth-first search
     * from the goal), and |h(s) - h(t)| <= 1 for neighbours. Arrays indexed by the permutation rank keep it fast.
     */
    private static String checkAll3x3(PuzzleHeuristic h) {
        Puzzle goal = Puzzle.goal(3);
        int[] dist = new int[362_880];
        Arrays.fill(dist, -1);
        double[] value = new double[362_880];
        Puzzle[] queue = new Puzzle[181_440];
        int head = 0;
        int tail = 0;
        queue[tail++] = goal;
        dist[rank(goal)] = 0;
        boolean[] valued = new boolean[362_880];
        while (head < tail) {
            Puzzle s = queue[head++];
            int r = rank(s);
            double v = h.estimate(s);
            if (!Double.isFinite(v) || v < -Heuristic.TOLERANCE) {
                return "h(" + s + ") = " + v + ", but it must be a finite number >= 0";
            }
            if (s.equals(goal) && Math.abs(v) > Heuristic.TOLERANCE) {
                return "h(goal " + s + ") = " + v + ", but it must be 0";
            }
            if (v > dist[r] + Heuristic.TOLERANCE) {
                return "h(" + s + ") = " + v + ", but the goal is only " + dist[r]
                        + " moves away: it overestimates (not admissible)";
            }
            value[r] = v;
            valued[r] = true;
            for (Puzzle t : s.neighbors()) {
                int rt = rank(t);
                if (valued[rt] && Math.abs(v - value[rt]) > 1 + Heuristic.TOLERANCE) {
                    return "h is not consistent on the move between " + s + " (h = " + v + ") and " + t + " (h = "
                            + value[rt] + "): a move costs 1, so h may change by at most 1 along it";
                }
                if (dist[rt] < 0) {
                    dist[rt] = dist[r] + 1;
                    queue[tail++] = t;
                }
            }
        }
        return null;
    }

    /** The index of a 3x3 state among the 9! permutations (Lehmer code). */
    private static int rank(Puzzle p) {
        int r = 0;
        int used = 0;
        for (int i = 0; i < 9; i++) {
            int t = p.tileAt(i);
            int smallerUnused = Integer.bitCount(((1 << t) - 1) & ~used);
            r = r * (9 - i) + smallerUnused;
            used |= 1 << t;
        }
        return r;
    }

    private static void assertAtMost(int threshold) {
        Evaluation ev = evaluation();
        if (ev.problem() != null) {
            fail("Sanity check failed, so every level of this part scores 0 (fix the heuristic first): "
                    + ev.problem());
        }
        assertThat(ev.expansions())
                .as("A* with MyHeuristic expanded %s states in total on the graded 15-puzzles%s; this point needs at "
                        + "most %d (Manhattan distance: 45,242; Manhattan + linear conflicts: 11,330)",
                        ev.expansions() > CAP ? "more than " + CAP : ev.expansions(),
                        ev.expansions() > CAP ? " (stopped there)" : "", threshold)
                .isLessThanOrEqualTo(threshold);
    }

    @Example
    @Points(1)
    @Hint(value = "Heuristic design, level 1 (<= 60,000 expansions in total): sanity first (h >= 0, h(goal) = 0, "
            + "admissible on every 8-puzzle state, consistent on every move), then the number of states A* expands on "
            + "the graded 15-puzzles. Manhattan distance (45,242) reaches this level; misplaced tiles does not.",
            zh = "启发函数设计第 1 级（总扩展数 <= 60,000）：先做健全性检查（h >= 0、h(goal) = 0、对每个 8 数码状态可采纳、"
                    + "每一步都一致），再数 A* 在评分用的 15 数码实例上扩展的状态数。曼哈顿距离（45,242）能达到此级，"
                    + "错位数不能。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void atMost60000Expansions() {
        assertAtMost(PuzzleInstances.THRESHOLDS.get(0));
    }

    @Example
    @Points(1)
    @Hint(value = "Heuristic design, level 2 (<= 50,000 expansions): Manhattan distance (45,242) reaches it. If this "
            + "fails, read the sanity message first: an inadmissible or inconsistent heuristic scores 0 on every level.",
            zh = "启发函数设计第 2 级（扩展 <= 50,000）：曼哈顿距离（45,242）能达到。若未通过，先看健全性检查的信息："
                    + "不可采纳或不一致的启发函数在每一级都得 0 分。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void atMost50000Expansions() {
        assertAtMost(PuzzleInstances.THRESHOLDS.get(1));
    }

    @Example
    @Points(1)
    @Hint(value = "Heuristic design, level 3 (<= 30,000 expansions): beat Manhattan distance while staying admissible "
            + "and consistent, e.g. with linear conflicts: two tiles both in their goal row (or column) but in "
            + "reversed order cannot pass each other, one must step aside and back, 2 moves Manhattan does not count.",
            zh = "启发函数设计第 3 级（扩展 <= 30,000）：在保持可采纳、一致的前提下超过曼哈顿距离，例如线性冲突："
                    + "两块都在目标行（或列）中但顺序颠倒，无法互相越过，其中一块必须让开再回来，多出曼哈顿距离没算的 2 步。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void atMost30000Expansions() {
        assertAtMost(PuzzleInstances.THRESHOLDS.get(2));
    }

    @Example
    @Points(1)
    @Hint(value = "Heuristic design, level 4 (<= 12,500 expansions): Manhattan distance plus linear conflicts in both "
            + "rows and columns (11,330) reaches it; count, per line, the fewest tiles that must leave it.",
            zh = "启发函数设计第 4 级（扩展 <= 12,500）：曼哈顿距离加上行和列的线性冲突（11,330）能达到；"
                    + "每一行（列）要计算最少有几块必须离开。",
            timeout = TIMEOUT, timeoutZh = TIMEOUT_ZH)
    void atMost12500Expansions() {
        assertAtMost(PuzzleInstances.THRESHOLDS.get(3));
    }
}
