package org.aibasis.grader.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Bounded lists of messages: a hostile input (an answers file with 300,000 unknown entries) must not turn into
 * 300,000 lines. The first {@link #SHOWN} are printed, then how many more there were and where to find them all.
 */
final class Warnings {
    /** Messages printed before the rest is counted. */
    static final int SHOWN = 20;
    /** Items named in one line. */
    private static final int NAMED = 5;

    private Warnings() {
    }

    /** Prints the first {@link #SHOWN} messages with {@code prefix}, then a count of the others. */
    static void print(PrintStream out, String prefix, List<String> messages, String whereAll) {
        messages.stream().limit(SHOWN).forEach(m -> out.println(prefix + m));
        if (messages.size() > SHOWN) {
            out.println(prefix + "... and " + (messages.size() - SHOWN) + " more" + (whereAll.isEmpty() ? ""
                    : " (" + whereAll + ")"));
        }
    }

    /** The first few items, comma-separated, and how many more. */
    static String firstFew(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(NAMED, items.size())));
        return items.size() > NAMED ? shown + " and " + (items.size() - NAMED) + " more" : shown;
    }
}
