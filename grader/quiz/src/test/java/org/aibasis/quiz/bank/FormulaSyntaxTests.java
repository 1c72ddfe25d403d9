package org.aibasis.quiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formulas whose braces a placeholder would unbalance, or that are never closed, are found before rendering. */
class FormulaSyntaxTests {

    @Test
    void wellFormedFormulasAndPlainTextPass() {
        assertThat(FormulaSyntax.problem("no formula {x} at all")).isEmpty();
        assertThat(FormulaSyntax.problem("\\( \\frac{ 1 }{ \\sqrt{ d_k } } \\) and \\[ \\{ a \\} \\]")).isEmpty();
    }

    @Test
    void aDoubleClosingBraceThatThePlaceholdersTurnIntoOneIsFound() {
        String filled = Placeholders.fill("\\( \\frac{ 1 }{ \\sqrt{ d_k }} \\)", Map.of());
        assertThat(filled).isEqualTo("\\( \\frac{ 1 }{ \\sqrt{ d_k } \\)");
        assertThat(FormulaSyntax.problem(filled)).hasValueSatisfying(p -> assertThat(p)
                .contains("unbalanced braces").contains("\\frac{ 1 }{ \\sqrt{ d_k }"));
    }

    @Test
    void aPlaceholderInsideAFormulaPrintsItsValue() {
        String filled = Placeholders.fill("\\( e^{z} \\) then \\( e^{ {z} } \\)", Map.of("z", 1.5));
        assertThat(filled).isEqualTo("\\( e^1.5 \\) then \\( e^{ 1.5 } \\)");
        assertThat(FormulaSyntax.problem(filled)).isEmpty(); // e^1.5 is valid TeX, only wrong to read
        assertThat(FormulaSyntax.problem("\\( x^{2 \\)")).hasValueSatisfying(p -> assertThat(p)
                .contains("unbalanced"));
    }

    @Test
    void anUnclosedFormulaIsFound() {
        assertThat(FormulaSyntax.problem("a \\( x \\) b \\[ y")).hasValueSatisfying(p -> assertThat(p)
                .isEqualTo("a formula opened with \\[ is never closed with \\]"));
    }
}
