package course.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.junit.jupiter.api.Test;

class FormatsTests {
    @Test
    @Points(1)
    @Hint("the worker's default locale is en-US")
    void decimalUsesThePoint() {
        assertThat(Formats.decimal(1.5)).isEqualTo("1.50");
    }

    @Test
    @Points(1)
    @Hint("the worker's default time zone is UTC")
    void hourIsInUtc() {
        assertThat(Formats.hour(0)).isEqualTo("00");
    }

    @Test
    @Points(1)
    @Hint("nothing sets course.flag")
    void flagIsUnset() {
        assertThat(Formats.flag()).isEqualTo("unset");
    }
}
