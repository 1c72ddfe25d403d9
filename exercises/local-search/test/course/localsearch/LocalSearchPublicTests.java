package course.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LocalSearchPublicTests {

    @Test
    void attackingPairsAndFitnessOfAimaBoards() {
        Board b = Board.fromDigits("24748552");
        assertThat(Queens.attackingPairs(b)).as("attacking pairs of 24748552").isEqualTo(4);
        assertThat(Queens.fitness(b)).as("fitness of 24748552").isEqualTo(24);
        assertThat(Queens.attackingPairs(Board.of(0, 0, 0))).as("three queens on one row").isEqualTo(3);
    }

    @Test
    void steepestAscentNeverGetsWorse() {
        SplittableRandom rng = new SplittableRandom(1);
        Board start = Board.random(8, rng);
        Trajectory t = HillClimbing.steepestAscent(start, 0, rng);
        assertThat(t.start()).as("start").isEqualTo(start);
        for (int i = 1; i < t.boards().size(); i++) {
            assertThat(Queens.attackingPairs(t.boards().get(i))).as("h after step %d", i)
                    .isLessThan(Queens.attackingPairs(t.boards().get(i - 1)));
        }
    }

    @Test
    void acceptanceProbability() {
        assertThat(SimulatedAnnealing.acceptanceProbability(2, 1)).as("a better move").isEqualTo(1.0);
        assertThat(SimulatedAnnealing.acceptanceProbability(-1, 1)).as("one pair worse at T = 1")
                .isCloseTo(Math.exp(-1), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void annealingFollowsTheSchedule() {
        // a 3 x 3 board has no solution, so annealing runs until the schedule ends
        Trajectory t = SimulatedAnnealing.anneal(Board.of(0, 1, 2), Schedule.exponential(1, 0.9, 10),
                new SplittableRandom(2));
        assertThat(t.steps()).as("steps").isEqualTo(10);
    }

    @Test
    void aimaSelectionAndCrossover() {
        List<Board> population = List.of(Board.fromDigits("24748552"), Board.fromDigits("32752411"),
                Board.fromDigits("24415124"), Board.fromDigits("32543213"));
        assertThat(Genetic.selectionProbabilities(population)[0]).as("24/78")
                .isCloseTo(24 / 78.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Genetic.crossover(population.get(1), population.get(0), 3)).as("32752411 x 24748552 at 3")
                .isEqualTo(Board.fromDigits("32748552"));
    }

    @Test
    void localBeamFindsAFourQueensSolution() {
        BeamResult r = BeamSearch.localBeam(List.of(Board.of(0, 0, 0, 0), Board.of(3, 3, 3, 3)), 10);
        assertThat(Queens.attackingPairs(r.best())).as("attacking pairs of the best board %s", r.best()).isZero();
    }
}
