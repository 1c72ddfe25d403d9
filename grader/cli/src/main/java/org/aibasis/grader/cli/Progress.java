package org.aibasis.grader.cli;

import java.io.PrintStream;
import java.time.Duration;

import org.aibasis.grader.model.Language;
import org.aibasis.reports.Messages;

/**
 * A progress bar with a count and an estimate of the time left. On a terminal it redraws one line; elsewhere
 * (a CI log, a file) it prints a line per step, so logs stay readable.
 */
final class Progress {
    private static final int WIDTH = 28;

    private final PrintStream out;
    private final String what;
    private final int total;
    private final boolean redraw;
    private final Messages words;
    private final long start = System.nanoTime();
    private int done;

    /** A progress bar worded in English; {@code what} names the items, e.g. {@code tests}. */
    Progress(PrintStream out, String what, int total, boolean redraw) {
        this(out, what, total, redraw, ReportLanguage.words(Language.EN));
    }

    /** A progress bar worded by {@code words} (the terminal bundle), {@code what} in the same language. */
    Progress(PrintStream out, String what, int total, boolean redraw, Messages words) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.redraw = redraw;
        this.words = words;
    }

    /** One more item done; with an unknown total ({@code <= 0}) only a counter is shown. */
    synchronized void step(String item) {
        done++;
        if (total <= 0) {
            print(words.get("progress.counter", done, what, item), false);
            return;
        }
        long elapsed = System.nanoTime() - start;
        Duration eta = done == 0 ? Duration.ZERO : Duration.ofNanos(elapsed / done * (total - done));
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        String line = words.get("progress.bar", "#".repeat(filled) + ".".repeat(WIDTH - filled), done, total, what,
                item, format(eta));
        print(line, done == total);
    }

    /** Ends a redrawn line so that what follows starts on a fresh one. */
    synchronized void finish() {
        if (redraw && done > 0 && done != total) {
            out.println();
        }
    }

    private void print(String line, boolean last) {
        if (redraw) {
            out.print("\r\033[2K" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
