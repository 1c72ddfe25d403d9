package org.aibasis.reports.quiz;

import java.util.List;
import java.util.Locale;
import org.aibasis.quiz.bank.LocatedFormula;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Parameter;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.bank.Tolerance;

/**
 * Writes questions as a bank file in the format of {@code quizzes/README.md}, e.g. after importing them from GIFT.
 * Every string is written double-quoted with YAML escapes, so no text can break the structure.
 */
public final class BankYaml {
    private BankYaml() {
    }

    /**
     * The bank file.
     *
     * @param bank      bank id (the file name without {@code .yaml})
     * @param topic     topic id
     * @param title     the bank's title
     * @param scheme    the bank's default scheme for multiple-response questions
     * @param questions the questions, in order
     */
    public static String render(String bank, String topic, Text title, Scheme scheme, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("bank: ").append(quote(bank)).append('\n');
        out.append("topic: ").append(quote(topic)).append('\n');
        out.append("title: ").append(text(title)).append('\n');
        out.append("scheme: ").append(scheme.spelling()).append('\n');
        out.append("questions:\n");
        for (Question q : questions) {
            question(out, q);
        }
        return out.toString();
    }

    private static void question(StringBuilder out, Question q) {
        Question.Common c = q.common();
        out.append("  - id: ").append(quote(c.id())).append('\n');
        out.append("    type: ").append(q.type().code()).append('\n');
        if (c.points() != 1) {
            out.append("    points: ").append(number(c.points())).append('\n');
        }
        c.source().ifPresent(s -> out.append("    source: ").append(quote(s)).append('\n'));
        if (!c.params().isEmpty()) {
            out.append("    params:\n");
            for (Parameter p : c.params()) {
                out.append("      ").append(p.name()).append(": ").append(parameter(p)).append('\n');
            }
        }
        if (!c.require().isEmpty()) {
            out.append("    require: [").append(String.join(", ", c.require().stream().map(BankYaml::formula)
                    .toList())).append("]\n");
        }
        out.append("    text: ").append(text(c.text())).append('\n');
        switch (q) {
            case Question.SingleChoice s -> options(out, s.options(), s.shuffle());
            case Question.MultipleResponse m -> {
                options(out, m.options(), m.shuffle());
                m.scheme().ifPresent(s -> out.append("    scheme: ").append(s.spelling()).append('\n'));
            }
            case Question.TrueFalse t -> out.append("    answer: ").append(t.answer()).append('\n');
            case Question.Numeric n -> {
                out.append("    answer: ").append(formula(n.answer())).append('\n');
                if (!n.tolerance().equals(Tolerance.DEFAULT)) {
                    out.append("    tolerance: {abs: ").append(number(n.tolerance().abs())).append(", rel: ")
                            .append(number(n.tolerance().rel())).append("}\n");
                }
            }
        }
        out.append("    explanation: ").append(text(c.explanation())).append('\n');
    }

    private static void options(StringBuilder out, List<Option> options, boolean shuffle) {
        out.append("    options:\n");
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            out.append("      - ");
            if (!o.id().equals("o" + (i + 1))) {
                out.append("id: ").append(quote(o.id())).append("\n        ");
            }
            out.append("text: ").append(text(o.text())).append('\n');
            if (o.correct()) {
                out.append("        correct: true\n");
            }
            o.feedback().ifPresent(f -> out.append("        feedback: ").append(text(f)).append('\n'));
        }
        if (!shuffle) {
            out.append("    shuffle: false\n");
        }
    }

    private static String parameter(Parameter p) {
        return switch (p) {
            case Parameter.Grid g -> "{min: " + formula(g.min()) + ", max: " + formula(g.max()) + ", step: "
                    + number(g.step()) + "}";
            case Parameter.Choice ch -> "{values: [" + String.join(", ", ch.values().stream().map(BankYaml::number)
                    .toList()) + "]}";
            case Parameter.Derived d -> formula(d.formula());
        };
    }

    private static String formula(LocatedFormula f) {
        String source = f.formula().source();
        return source.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?") ? source : quote(source);
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
                : String.format(Locale.ROOT, "%s", x);
    }

    private static String text(Text t) {
        return "{en: " + quote(t.en()) + ", zh: " + quote(t.zh()) + "}";
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x2028 || c == 0x2029
                            || c == 0xfeff) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
