package org.aibasis.grader.cli;

import java.io.PrintStream;
import java.util.List;

import org.aibasis.grader.model.Language;
import org.aibasis.reports.Messages;

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

    /** Prints the first {@link #SHOWN} messages with {@code prefix}, then a count of the others, in English. */
    static void print(PrintStream out, String prefix, List<String> messages, String whereAll) {
        print(out, prefix, messages, whereAll, ReportLanguage.words(Language.EN));
    }

    /** As {@link #print(PrintStream, String, List, String)}, the count worded by {@code words}. */
    static void print(PrintStream out, String prefix, List<String> messages, String whereAll, Messages words) {
        messages.stream().limit(SHOWN).forEach(m -> out.println(prefix + m));
        int more = messages.size() - SHOWN;
        if (more > 0) {
            out.println(prefix + (whereAll.isEmpty() ? words.get("warnings.more", more)
                    : words.get("warnings.moreWhere", more, whereAll)));
        }
    }

    /** The first few items, comma-separated, and how many more, worded by {@code words}. */
    static String firstFew(List<String> items, Messages words) {
        String shown = String.join(words.get("list.separator"), items.subList(0, Math.min(NAMED, items.size())));
        return items.size() > NAMED ? words.get("list.more", shown, items.size() - NAMED) : shown;
    }
}
