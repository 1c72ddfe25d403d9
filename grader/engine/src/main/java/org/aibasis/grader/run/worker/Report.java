package org.aibasis.grader.run.worker;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of jqwik's failure report a student needs: seed, shrunk sample, original sample.
 *
 * <p>jqwik publishes the report as a JUnit Platform reporting entry when
 * {@code jqwik.reporting.usejunitplatform=true}; its layout is a header table followed by sections titled
 * "Shrunk Sample (n steps)" (or "Sample") and "Original Sample", each underlined with dashes.
 */
final class Report {
    private static final Pattern SEED = Pattern.compile("(?m)^seed = (-?\\d+)");

    final String seed;
    final String sample;
    final String original;

    private Report(String seed, String sample, String original) {
        this.seed = seed;
        this.sample = sample;
        this.original = original;
    }

    static Report parse(String text) {
        Matcher m = SEED.matcher(text);
        String seed = m.find() ? m.group(1) : "";
        String shrunk = section(text, "Shrunk Sample");
        String plain = section(text, "Sample");
        String original = section(text, "Original Sample");
        String sample = !shrunk.isEmpty() ? shrunk : plain;
        return new Report(seed, sample, sample.equals(original) ? "" : original);
    }

    /** The indented lines under a header line that starts with {@code title}, up to the next blank line. */
    private static String section(String text, String title) {
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length - 1; i++) {
            boolean header = lines[i].startsWith(title)
                    && (lines[i].length() == title.length() || lines[i].charAt(title.length()) == ' ');
            if (header && lines[i + 1].startsWith("---")) {
                StringBuilder sb = new StringBuilder();
                for (int j = i + 2; j < lines.length && !lines[j].isBlank(); j++) {
                    if (lines[j].startsWith("'")) {
                        break;
                    }
                    sb.append(sb.isEmpty() ? "" : "\n").append(lines[j].startsWith("  ") ? lines[j].substring(2)
                            : lines[j]);
                }
                return sb.toString();
            }
        }
        return "";
    }
}
