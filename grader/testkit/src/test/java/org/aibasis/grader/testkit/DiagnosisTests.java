package org.aibasis.grader.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosisTests {
    private static final double[] CORRECT = {1, 2, 3};
    private static final double[] MAX_MISTAKE = {3, 3, 3};
    private static final double[] HALF_MISTAKE = {0.5, 1, 1.5};

    private static Diagnosis diagnose(double[] actual) {
        return Diagnosis.of(actual, CORRECT, Tolerance.DEFAULT)
                .mistake("a max where a mean belongs", () -> MAX_MISTAKE)
                .mistake("halved", () -> HALF_MISTAKE);
    }

    @Test
    void namesTheMistakeTheAnswerMatches() {
        assertThat(diagnose(HALF_MISTAKE.clone()).explain()).isEqualTo("\nYour values match a known mistake: halved.");
    }

    @Test
    void staysSilentForADifferentMistake() {
        assertThat(diagnose(new double[] {1, 2, 4}).explain()).isEmpty();
    }

    @Test
    void staysSilentForTheCorrectAnswer() {
        assertThat(diagnose(CORRECT.clone()).matches()).isEmpty();
    }

    @Test
    void staysSilentWhenTheInputCannotTellTheMistakeFromTheRightAnswer() {
        double[] correct = {2, 2};
        double[] wrong = {2, 2.5};
        String why = Diagnosis.of(wrong, correct, Tolerance.DEFAULT)
                .mistake("a max where a mean belongs", () -> new double[] {2, 2})
                .mistake("off by a half in state 1", () -> new double[] {2, 2.5})
                .explain();
        assertThat(why).contains("off by a half").doesNotContain("max");
    }

    @Test
    void namesEveryMistakeWhenSeveralMatch() {
        String why = Diagnosis.of(new double[] {0, 0}, new double[] {1, 1}, Tolerance.DEFAULT).called("weights")
                .mistake("no reward", () -> new double[] {0, 0})
                .mistake("no discount", () -> new double[] {0, 0})
                .explain();
        assertThat(why).isEqualTo("\nYour weights match several known mistakes that this input cannot tell apart: "
                + "no reward; or no discount.");
    }

    @Test
    void skipsAMistakeThatCannotBeComputedOnTheInput() {
        String why = Diagnosis.of(HALF_MISTAKE.clone(), CORRECT, Tolerance.DEFAULT)
                .mistake("needs two states", () -> {
                    throw new IllegalStateException("only one state");
                })
                .mistake("wrong length", () -> new double[] {1})
                .mistake("halved", () -> HALF_MISTAKE)
                .explain();
        assertThat(why).isEqualTo("\nYour values match a known mistake: halved.");
    }
}
