package org.aibasis.reports.view;

/**
 * A status or outcome as a report shows it: never by colour alone.
 *
 * @param label the JSON name, e.g. {@code timed-out}; also used as a CSS class
 * @param text  the words, e.g. {@code timed out}
 * @param icon  a symbol that repeats the words, e.g. a check mark
 * @param tone  {@code ok}, {@code bad}, {@code warn} or {@code muted}: the colour, as a CSS class
 */
public record Badge(String label, String text, String icon, String tone) {
}
