package org.aibasis.grader.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApproxTests {

    @Test
    void toleranceIsAbsolutePlusRelative() {
        Tolerance t = new Tolerance(1e-3, 1e-2);
        assertThat(t.allows(100.5, 100)).as("within 1e-3 + 1e-2 * 100").isTrue();
        assertThat(t.allows(101.1, 100)).isFalse();
        assertThat(t.allows(0.0009, 0)).isTrue();
        assertThat(t.allows(Double.NaN, 0)).isFalse();
        assertThat(t.allows(Double.NaN, Double.NaN)).isTrue();
        assertThat(t.allows(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isTrue();
        assertThat(t.allows(Double.POSITIVE_INFINITY, 1e300)).isFalse();
        assertThatThrownBy(() -> new Tolerance(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vectorDifferenceNamesTheWorstEntryAndBothValues() {
        double[] expected = {1, 2, 3, 4};
        double[] actual = {1, 2.1, 3, 3.5};
        assertThat(Approx.difference("v", actual, expected, Tolerance.DEFAULT)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("v[3] is 3.5 but should be 4").contains("returned: [1, 2.1, 3, 3.5]")
                .contains("expected: [1, 2, 3, 4]"));
        assertThat(Approx.difference("v", expected.clone(), expected, Tolerance.DEFAULT)).isEmpty();
        assertThat(Approx.difference("v", new double[3], expected, Tolerance.DEFAULT))
                .hasValue("v has 3 entries but should have 4");
    }

    @Test
    void aDifferenceInTheSeventhDigitIsShownWithEnoughDigits() {
        assertThat(Approx.difference("x", 1.0000001, 1.0, Tolerance.DEFAULT))
                .hasValue("x is 1.0000001 but should be 1");
        assertThat(Approx.difference("x", 1.0 / 3 + 1e-8, 1.0 / 3, Tolerance.DEFAULT))
                .hasValue("x is 0.33333334 but should be 0.33333333");
    }

    @Test
    void matrixDifferenceNamesRowAndColumn() {
        double[][] expected = {{1, 0}, {0, 1}};
        double[][] actual = {{1, 0}, {0.5, 1}};
        assertThat(Approx.difference("P", actual, expected, Tolerance.DEFAULT)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("P[1][0] is 0.5 but should be 0").contains("row 1 returned: [0.5, 1]"));
        assertThat(Approx.difference("P", new double[][] {{1, 0}}, expected, Tolerance.DEFAULT))
                .hasValue("P has 1 rows but should have 2");
        assertThatThrownBy(() -> Approx.assertClose("P", actual, expected, Tolerance.DEFAULT))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("P[1][0]");
    }

    @Test
    void numbersPrintShortUnlessMoreDigitsAreNeeded() {
        assertThat(NumberText.show(3.0)).isEqualTo("3");
        assertThat(NumberText.show(-1.75)).isEqualTo("-1.75");
        assertThat(NumberText.show(1.0 / 3)).isEqualTo("0.333333");
        assertThat(NumberText.show(1e-12)).isEqualTo("1e-12");
        assertThat(NumberText.show(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(NumberText.showPair(0.1 + 0.2, 0.3)).containsExactly("0.30000000000000004", "0.3");
        assertThat(NumberText.showPair(2.5, 2.5)).containsExactly("2.5", "2.5");
    }
}
