package org.aibasis.quiz.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aibasis.quiz.AllBanksValidTests;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.stats.Flag;
import org.aibasis.quiz.stats.ItemStatistics;
import org.aibasis.quiz.stats.ItemStats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A simulated class of 40 whose item statistics flag exactly the problems planted in it. */
class ClassSimulationTests {
    private static final QuizLibrary LIBRARY = QuizLibrary.load(AllBanksValidTests.quizzesFolder());

    private static ItemStatistics analyse(ClassSimulation.SimulatedClass c) {
        List<GradedAttempt> graded = c.students().stream().map(s -> LIBRARY.grade(s.attempt(), s.responses()))
                .toList();
        return QuizLibrary.analyse(graded);
    }

    @ParameterizedTest
    @CsvSource({"search, demo", "search, 7", "rl-bandits, demo", "attention, spring", "llm, autumn",
            "ml-basics, demo", "multimodal, 11", "rl-foundations, 3"})
    void theItemStatisticsFlagExactlyThePlantedProblems(String quiz, String seed) {
        ClassSimulation.SimulatedClass c = ClassSimulation.simulate(LIBRARY, quiz, 40, seed, 2, 2);
        ItemStatistics stats = analyse(c);

        assertThat(c.planted()).hasSize(4);
        assertThat(stats.tooFew()).isEmpty();
        Map<String, ClassSimulation.Planted> planted = c.planted().stream().collect(Collectors.toMap(
                ClassSimulation.Planted::questionId, Function.identity()));
        assertThat(stats.flagged()).extracting(ItemStats::questionId).as("flagged questions")
                .containsExactlyInAnyOrderElementsOf(planted.keySet());
        for (ItemStats i : stats.flagged()) {
            switch (planted.get(i.questionId())) {
                case ClassSimulation.Planted.WrongKey w -> assertThat(i.flags()).as(i.questionId())
                        .hasAtLeastOneElementOfType(Flag.NegativeDiscrimination.class)
                        .allMatch(f -> f instanceof Flag.NegativeDiscrimination || f instanceof Flag.TooHard);
                case ClassSimulation.Planted.DeadDistractor d -> assertThat(i.flags()).as(i.questionId())
                        .singleElement().isInstanceOfSatisfying(Flag.UnchosenDistractor.class,
                                f -> assertThat(f.optionId()).isEqualTo(d.optionId()));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameClass() {
        ClassSimulation.SimulatedClass a = ClassSimulation.simulate(LIBRARY, "search", 40, "demo", 2, 2);
        ClassSimulation.SimulatedClass b = ClassSimulation.simulate(LIBRARY, "search", 40, "demo", 2, 2);
        ClassSimulation.SimulatedClass other = ClassSimulation.simulate(LIBRARY, "search", 40, "other", 2, 2);

        assertThat(a).isEqualTo(b);
        assertThat(other.students()).isNotEqualTo(a.students());
        assertThat(a.students()).extracting(s -> s.attempt().student()).startsWith("student-01", "student-02")
                .endsWith("student-40");
    }

    @Test
    void abilitiesAreEvenlySpreadLogisticQuantilesOfVarianceOne() {
        double[] theta = ClassSimulation.abilities(40, "demo");
        double mean = Arrays.stream(theta).average().orElseThrow();
        double variance = Arrays.stream(theta).map(t -> (t - mean) * (t - mean)).average().orElseThrow();

        assertThat(mean).isCloseTo(0, within(1e-12));
        // quantiles of a variance-1 distribution have a little less spread than the distribution itself
        assertThat(variance).isBetween(0.85, 1.0);
        double[] sorted = theta.clone();
        Arrays.sort(sorted);
        assertThat(sorted[0]).isCloseTo(Math.log(0.5 / 39.5) * Math.sqrt(3) / Math.PI, within(1e-12));
        assertThat(theta).isNotEqualTo(sorted);
    }

    @Test
    void plantingMoreThanTheQuizCanHoldIsRefused() {
        assertThatThrownBy(() -> ClassSimulation.simulate(LIBRARY, "search", 40, "demo", 20, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too few to plant 40 problems");
    }
}
