package org.aibasis.reports.quiz;

import java.util.Map;

import org.aibasis.reports.Templates;

/** The quiz templates live in {@code templates/quiz/} and share the reports' one Freemarker configuration. */
final class QuizTemplates {
    private QuizTemplates() {
    }

    /** Renders {@code quiz/<name>} with {@code model} as its root; an HTML page with formulas gets KaTeX. */
    static String render(String name, Map<String, ?> model) {
        String out = Templates.render("quiz/" + name, model);
        return name.endsWith(".ftlh") ? Katex.bundle(out) : out;
    }
}
