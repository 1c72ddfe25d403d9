package org.aibasis.quiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A text cut into literal parts and placeholders, which filling and the Moodle export both walk. */
class PlaceholdersTests {

    @Test
    void piecesKeepLiteralBracesApartFromPlaceholders() {
        assertThat(Placeholders.pieces("a {{x}} {b:2}}} {c, d} {e}")).containsExactly(
                new Placeholders.Literal("a {x} "),
                new Placeholders.Placeholder(new Placeholders.Use("b", OptionalInt.of(2)), "{b:2}"),
                new Placeholders.Literal("} {c, d} "),
                new Placeholders.Placeholder(new Placeholders.Use("e", OptionalInt.empty()), "{e}"));
        assertThat(Placeholders.pieces("")).isEmpty();
    }

    @Test
    void fillPrintsValuesAndKeepsUnknownNamesAsWritten() {
        assertThat(Placeholders.fill("a {{x}} {b:2}}} {c, d} {e} {f}", Map.of("b", 1.4, "e", 0.5)))
                .isEqualTo("a {x} 1.40} {c, d} 0.5 {f}");
    }
}
