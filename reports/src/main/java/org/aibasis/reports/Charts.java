package org.aibasis.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aibasis.grader.api.Figure;
import org.aibasis.reports.view.ChartView;
import org.aibasis.reports.view.ChartView.Axis;
import org.aibasis.reports.view.ChartView.Band;
import org.aibasis.reports.view.ChartView.LegendEntry;
import org.aibasis.reports.view.ChartView.Line;
import org.aibasis.reports.view.ChartView.Table;
import org.aibasis.reports.view.ChartView.Tick;

/**
 * Lays out a {@link Figure} as a line chart: axes with round tick values, one colour per setting (the student's
 * curve solid, the reference's dashed in the same colour), the expected band shaded, and a table of the curves at a
 * few x values for readers who do not see the chart.
 */
final class Charts {
    static final double WIDTH = 640;
    static final double HEIGHT = 360;
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 16;
    private static final double BOTTOM = 56;
    /** Colours in report.css: {@code .series-0} to {@code .series-7}. */
    private static final int COLOURS = 8;
    /** Rows of the table under the chart. */
    private static final int TABLE_ROWS = 8;

    private Charts() {
    }

    static ChartView line(Figure f, String id, Messages m) {
        String title = m.choose(f.title(), f.titleZh());
        List<Double> xs = f.x();
        double xMin = xs.get(0);
        double xMax = xs.size() == 1 ? xMin + 1 : xs.get(xs.size() - 1);
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Figure.Series s : f.series()) {
            for (int i = 0; i < xs.size(); i++) {
                double y = s.y().get(i);
                if (Double.isFinite(y)) {
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
                if (!s.band().isEmpty()) {
                    yMin = Math.min(yMin, s.band().get(i).low());
                    yMax = Math.max(yMax, s.band().get(i).high());
                }
            }
        }
        if (!Double.isFinite(yMin)) {
            yMin = 0;
            yMax = 1;
        }
        double[] yScale = niceScale(yMin, yMax);
        double[] xScale = niceScale(xMin, xMax);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotH;
        Scale sx = new Scale(xScale[0], xScale[1], LEFT, LEFT + plotW);
        Scale sy = new Scale(yScale[0], yScale[1], bottom, TOP);

        Map<String, Integer> colours = new LinkedHashMap<>();
        for (Figure.Series s : f.series()) {
            colours.putIfAbsent(s.name(), colours.size() % COLOURS);
        }
        List<Band> bands = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        StringBuilder desc = new StringBuilder(m.get("chart.description", title, f.yLabel(), f.xLabel()));
        for (Figure.Series s : f.series()) {
            String colour = "series-" + colours.get(s.name());
            boolean reference = s.source() == Figure.Source.REFERENCE;
            String name = m.get(reference ? "chart.reference" : "chart.yours", s.name());
            if (!s.band().isEmpty()) {
                bands.add(new Band(bandPath(xs, s.band(), sx, sy), colour));
            }
            lines.add(new Line(linePath(xs, s.y(), sx, sy), colour, reference, name));
            legend.add(new LegendEntry(name, colour, reference));
            double last = lastFinite(s.y());
            desc.append(m.get("chart.endsAt", name, Double.isNaN(last) ? m.get("chart.noValue") : num(last)));
        }
        Axis axis = new Axis(fmt(LEFT), fmt(LEFT + plotW), fmt(TOP), fmt(bottom), f.xLabel(),
                fmt(LEFT + plotW / 2), fmt(HEIGHT - 12), f.yLabel(), fmt(16), fmt(TOP + plotH / 2));
        List<Tick> xTicks = new ArrayList<>();
        for (double v : ticks(xScale)) {
            xTicks.add(new Tick(num(v), fmt(sx.at(v)), fmt(sx.at(v)), fmt(bottom + 18)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double v : ticks(yScale)) {
            yTicks.add(new Tick(num(v), fmt(sy.at(v)), fmt(LEFT - 6), fmt(sy.at(v) + 4)));
        }
        return new ChartView(id, title, desc.toString(), fmt(WIDTH), fmt(HEIGHT), axis, xTicks, yTicks, bands,
                lines, legend, table(f, legend));
    }

    /** The curves at up to {@link #TABLE_ROWS} evenly spread x values, the last one always included. */
    static Table table(Figure f, List<LegendEntry> legend) {
        List<String> header = new ArrayList<>();
        header.add(f.xLabel());
        legend.forEach(l -> header.add(l.name()));
        int n = f.x().size();
        int shown = Math.min(TABLE_ROWS, n);
        List<Integer> at = new ArrayList<>();
        for (int r = 0; r < shown; r++) {
            int i = shown == 1 ? n - 1 : (int) Math.round(r * (n - 1) / (double) (shown - 1));
            if (!at.contains(i)) {
                at.add(i);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i : at) {
            List<String> row = new ArrayList<>();
            row.add(num(f.x().get(i)));
            for (Figure.Series s : f.series()) {
                double y = s.y().get(i);
                row.add(Double.isFinite(y) ? num(y) : "-");
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private static String linePath(List<Double> xs, List<Double> ys, Scale sx, Scale sy) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < xs.size(); i++) {
            double y = ys.get(i);
            if (!Double.isFinite(y)) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : (d.isEmpty() ? "M" : " M")).append(fmt(sx.at(xs.get(i)))).append(',')
                    .append(fmt(sy.at(y)));
            pen = true;
        }
        return d.toString();
    }

    private static String bandPath(List<Double> xs, List<Figure.Interval> band, Scale sx, Scale sy) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xs.size(); i++) {
            d.append(i == 0 ? "M" : " L").append(fmt(sx.at(xs.get(i)))).append(',')
                    .append(fmt(sy.at(band.get(i).high())));
        }
        for (int i = xs.size() - 1; i >= 0; i--) {
            d.append(" L").append(fmt(sx.at(xs.get(i)))).append(',').append(fmt(sy.at(band.get(i).low())));
        }
        return d.append(" Z").toString();
    }

    /** [low, high, step]: round bounds that contain [min, max] with about five steps between them. */
    static double[] niceScale(double min, double max) {
        if (max - min < 1e-12) {
            double pad = Math.max(Math.abs(min) * 0.1, 1);
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        return new double[] {Math.floor(min / step) * step, Math.ceil(max / step) * step, step};
    }

    private static List<Double> ticks(double[] scale) {
        List<Double> out = new ArrayList<>();
        int steps = (int) Math.round((scale[1] - scale[0]) / scale[2]);
        for (int i = 0; i <= steps; i++) {
            out.add(scale[0] + i * scale[2]);
        }
        return out;
    }

    private static double lastFinite(List<Double> ys) {
        for (int i = ys.size() - 1; i >= 0; i--) {
            if (Double.isFinite(ys.get(i))) {
                return ys.get(i);
            }
        }
        return Double.NaN;
    }

    /** A value as a reader wants it: up to four significant digits, no trailing zeros. */
    static String num(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A linear map from data to SVG coordinates. */
    private record Scale(double from, double to, double start, double end) {
        double at(double v) {
            return start + (v - from) / (to - from) * (end - start);
        }
    }
}
