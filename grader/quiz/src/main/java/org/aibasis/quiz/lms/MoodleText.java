package org.aibasis.quiz.lms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Text;

/**
 * How the texts of one exported question reach Moodle. Plain texts go as Markdown, as they always did. A question
 * with a formula goes as HTML instead, its formulas between {@code $$ $$}, the delimiters that both Moodle's TeX
 * notation filter and its MathJax filter read: Markdown would take TeX's backslashes and underscores for its own
 * escapes and emphasis.
 *
 * @param language the language(s) written
 * @param html     whether the question has a formula, so that its texts go as HTML
 */
record MoodleText(LmsLanguage language, boolean html) {
    private static final Pattern FORMULA = Pattern.compile("\\\\\\((.+?)\\\\\\)|\\\\\\[(.+?)\\\\]", Pattern.DOTALL);

    /** The texts of {@code v} in {@code language}: HTML if any of them has a formula. */
    static MoodleText of(ExportVariant v, LmsLanguage language) {
        List<Text> texts = new ArrayList<>(List.of(v.text(), v.explanation()));
        for (Option o : v.options()) {
            texts.add(o.text());
            o.feedback().ifPresent(texts::add);
        }
        return new MoodleText(language, texts.stream().anyMatch(t -> FORMULA.matcher(t.en()).find()
                || FORMULA.matcher(t.zh()).find()));
    }

    /** Moodle's name of the format: {@code html} or {@code markdown}. */
    String format() {
        return html ? "html" : "markdown";
    }

    /** The text as Moodle reads it in {@link #format()}. */
    String render(Text text) {
        String s = language.render(text);
        if (!html) {
            return s;
        }
        String escaped = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
        return FORMULA.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(
                "$$" + (m.group(1) != null ? m.group(1) : m.group(2)).strip() + "$$"));
    }
}
