package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyHeuristicPublicTests {

    @Test
    void zeroAtTheGoalAndSaneOnAn8Puzzle() {
        MyHeuristic h = new MyHeuristic();
        assertThat(h.estimate(Puzzle.goal(3))).as("h(3x3 goal)").isEqualTo(0.0);
        assertThat(h.estimate(Puzzle.goal(4))).as("h(4x4 goal)").isEqualTo(0.0);
        // 8 6 7 / 2 5 4 / 3 _ 1 is one of the two hardest 8-puzzle states (31 moves); PuzzleSearch checks h on every
        // move it looks at and throws a SanityException naming the state if something is wrong
        PuzzleSearch.Result r = PuzzleSearch.solve(Puzzle.of(8, 6, 7, 2, 5, 4, 3, 0, 1), h, 200_000);
        assertThat(r.cost()).as("moves found by A* with your heuristic").isEqualTo(31);
    }

    @Test
    void expansionsOnTheGradedInstances() {
        MyHeuristic h = new MyHeuristic();
        int total = 0;
        for (PuzzleInstances.Instance inst : PuzzleInstances.GRADED) {
            PuzzleSearch.Result r = PuzzleSearch.solve(inst.start(), h, PuzzleInstances.THRESHOLDS.get(0) + 1);
            assertThat(r.solved()).as("solved %s within %d expansions", inst.start(), PuzzleInstances.THRESHOLDS.get(0))
                    .isTrue();
            assertThat(r.cost()).as("moves for %s", inst.start()).isEqualTo(inst.optimalCost());
            total += r.expansions();
        }
        int sum = total;
        long reached = PuzzleInstances.THRESHOLDS.stream().filter(t -> sum <= t).count();
        System.out.println("MyHeuristic: " + total + " expansions in total; levels reached: " + reached + " of "
                + PuzzleInstances.THRESHOLDS.size() + " (thresholds " + PuzzleInstances.THRESHOLDS + ")");
        assertThat(total).as("total expansions").isLessThanOrEqualTo(PuzzleInstances.THRESHOLDS.get(0));
    }
}
