package org.aibasis.grader.cli.practice;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.variant.PosedQuestion;

/** Reads one typed line as a response to a posed question, or says in one short line what to type instead. */
public final class Answers {
    private Answers() {
    }

    /** What a line gave: a response, or a message asking again. */
    public sealed interface Parsed {
        /** A usable response. */
        record Ok(Response response) implements Parsed {
        }

        /** Not a response; {@code message} says what to type. */
        record Again(String message) implements Parsed {
        }
    }

    /** Parses {@code line} (not {@code ?} or {@code q}, which the session handles) for {@code question}. */
    public static Parsed parse(PosedQuestion question, String line, Language language) {
        boolean zh = language == Language.ZH;
        String s = line.strip();
        int n = question.optionOrder().size();
        String last = PosedQuestion.letter(Math.max(0, n - 1));
        return switch (question.question().type()) {
            case SINGLE -> {
                Set<String> ids = letters(question, s);
                yield ids != null && ids.size() == 1 && s.replaceAll("[\\s,]", "").length() == 1
                        ? new Parsed.Ok(new Response.Ticked(ids))
                        : new Parsed.Again(zh ? "请输入一个字母（A 到 " + last + "）。" : "Type one letter, A to " + last
                        + ".");
            }
            case MULTIPLE -> {
                if (s.equals("-")) {
                    yield new Parsed.Ok(new Response.Ticked(Set.of()));
                }
                Set<String> ids = letters(question, s);
                yield ids != null && !ids.isEmpty() ? new Parsed.Ok(new Response.Ticked(ids))
                        : new Parsed.Again(zh ? "请输入你勾选的所有字母（A 到 " + last + "），如 AC；一个都不选请输入 -。"
                        : "Type every letter you tick (A to " + last + "), e.g. AC; - for none.");
            }
            case TRUE_FALSE -> switch (s.toLowerCase(Locale.ROOT)) {
                case "t", "true", "y", "yes", "对", "是" -> new Parsed.Ok(new Response.Truth(true));
                case "f", "false", "n", "no", "错", "否" -> new Parsed.Ok(new Response.Truth(false));
                default -> new Parsed.Again(zh ? "请输入 t（对）或 f（错）。" : "Type t (true) or f (false).");
            };
            case NUMERIC -> {
                try {
                    double x = Double.parseDouble(s);
                    if (!Double.isFinite(x) || s.isEmpty() || !s.matches("[-+0-9.eE]+")) {
                        throw new NumberFormatException(s);
                    }
                    yield new Parsed.Ok(new Response.Number(x));
                } catch (NumberFormatException e) {
                    yield new Parsed.Again(zh ? "请输入一个数，如 0.25 或 -3。" : "Type a number, e.g. 0.25 or -3.");
                }
            }
        };
    }

    /** The option ids of letters (or 1-based numbers) like {@code AC}, {@code a c}, {@code 1,3}; null if one is bad. */
    private static Set<String> letters(PosedQuestion question, String s) {
        Set<String> ids = new LinkedHashSet<>();
        String compact = s.replaceAll("[\\s,;]", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            return null;
        }
        for (char c : compact.toCharArray()) {
            int i;
            if (c >= 'A' && c <= 'Z') {
                i = c - 'A';
            } else if (c >= '1' && c <= '9') {
                i = c - '1';
            } else {
                return null;
            }
            if (i >= question.optionOrder().size()) {
                return null;
            }
            ids.add(question.optionOrder().get(i));
        }
        return ids;
    }
}
