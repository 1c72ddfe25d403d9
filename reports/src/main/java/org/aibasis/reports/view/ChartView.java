package org.aibasis.reports.view;

import java.util.List;

/**
 * A line chart ready to draw as inline SVG: every coordinate is computed, so the template only places elements.
 *
 * @param id          unique within the page, for {@code aria-labelledby}
 * @param title       what the chart shows
 * @param description the curves in words, for screen readers
 * @param width       SVG width
 * @param height      SVG height
 * @param axis        the plot area and axis titles
 * @param xTicks      ticks on the x axis
 * @param yTicks      ticks on the y axis
 * @param bands       shaded expected bands, drawn first
 * @param lines       the curves
 * @param legend      one entry per curve
 * @param table       the curves at a few x values, for the table under the chart and for Markdown
 */
public record ChartView(String id, String title, String description, String width, String height, Axis axis,
                        List<Tick> xTicks, List<Tick> yTicks, List<Band> bands, List<Line> lines,
                        List<LegendEntry> legend, Table table) {
    public ChartView {
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        bands = List.copyOf(bands);
        lines = List.copyOf(lines);
        legend = List.copyOf(legend);
    }

    /**
     * The plot area, in SVG coordinates, and the axis titles with their anchor points.
     *
     * @param left   left edge of the plot
     * @param right  right edge
     * @param top    top edge
     * @param bottom bottom edge
     * @param xTitle title under the x axis
     * @param xTitleX anchor of {@code xTitle}
     * @param xTitleY anchor of {@code xTitle}
     * @param yTitle title beside the y axis (drawn rotated)
     * @param yTitleX anchor of {@code yTitle}
     * @param yTitleY anchor of {@code yTitle}
     */
    public record Axis(String left, String right, String top, String bottom, String xTitle, String xTitleX,
                       String xTitleY, String yTitle, String yTitleX, String yTitleY) {
    }

    /**
     * A tick: its label and where it goes (the grid line's position and the label's anchor).
     *
     * @param label the value as text
     * @param at    x of a tick on the x axis, y of one on the y axis
     * @param labelX label anchor
     * @param labelY label anchor
     */
    public record Tick(String label, String at, String labelX, String labelY) {
    }

    /**
     * An expected band as a closed SVG path.
     *
     * @param path       the {@code d} attribute
     * @param colorClass {@code series-N}, the colour of the curve it belongs to
     */
    public record Band(String path, String colorClass) {
    }

    /**
     * One curve as an SVG path; a value the code did not produce (NaN) breaks the line.
     *
     * @param path       the {@code d} attribute
     * @param colorClass {@code series-N}: the same for a student's and the reference's curve of one setting
     * @param reference  drawn dashed when it is the reference's curve
     * @param name       legend text
     */
    public record Line(String path, String colorClass, boolean reference, String name) {
    }

    /**
     * One legend entry.
     *
     * @param name       e.g. {@code "epsilon = 0.1 (yours)"}
     * @param colorClass as the curve's
     * @param reference  whether the swatch is dashed
     */
    public record LegendEntry(String name, String colorClass, boolean reference) {
    }

    /**
     * The curves at a few x values.
     *
     * @param header the x label, then one column per curve
     * @param rows   each row: the x value, then one value per curve ({@code -} where there is none)
     */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
