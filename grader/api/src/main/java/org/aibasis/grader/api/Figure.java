package org.aibasis.grader.api;

import java.util.List;
import java.util.Objects;

/**
 * A chart a hidden test publishes as feedback: curves over one shared x axis, typically the student's
 * implementation and the reference solution run on the same fixed-seed experiment, with the band in which the
 * reference's curve is expected to lie. A figure never earns or costs points; the test's assertions do.
 *
 * @param id      stable name within the test, e.g. {@code "optimal-action"}
 * @param title   what the chart shows, in English
 * @param titleZh the same in Chinese (may equal {@code title})
 * @param xLabel  the x axis, e.g. {@code "step"}
 * @param yLabel  the y axis, e.g. {@code "% optimal action"}
 * @param x       the x values, strictly increasing, finite
 * @param series  at least one curve, each with one y value per x value
 */
public record Figure(String id, String title, String titleZh, String xLabel, String yLabel, List<Double> x,
                     List<Series> series) {
    /** Figures larger than this are refused: a report is read by a person, not a plotting library. */
    public static final int MAX_POINTS = 2_000;
    /** At most this many curves per figure. */
    public static final int MAX_SERIES = 16;

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        x = List.copyOf(x);
        series = List.copyOf(series);
        if (x.isEmpty() || x.size() > MAX_POINTS) {
            throw new IllegalArgumentException("a figure needs 1.." + MAX_POINTS + " x values, got " + x.size());
        }
        for (int i = 0; i < x.size(); i++) {
            if (!Double.isFinite(x.get(i)) || (i > 0 && x.get(i) <= x.get(i - 1))) {
                throw new IllegalArgumentException("x values must be finite and strictly increasing; x[" + i
                        + "] = " + x.get(i));
            }
        }
        if (series.isEmpty() || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("a figure needs 1.." + MAX_SERIES + " series, got "
                    + series.size());
        }
        for (Series s : series) {
            if (s.y().size() != x.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.y().size()
                        + " y values for " + x.size() + " x values");
            }
        }
    }

    /** Evenly spaced x values {@code 1, 2, ..., n}, e.g. time steps. */
    public static List<Double> steps(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> (double) i).toList();
    }

    /** Whose code produced a curve. */
    public enum Source {
        /** The submission under test. */
        STUDENT,
        /** The course's reference solution, run on the same experiment. */
        REFERENCE
    }

    /**
     * One curve.
     *
     * @param name   the legend entry, e.g. {@code "epsilon = 0.1"}
     * @param source whose code produced it
     * @param y      one value per x; NaN where the code produced no value
     * @param band   the lower and upper edge of the expected band, one pair per x, or empty for no band
     */
    public record Series(String name, Source source, List<Double> y, List<Interval> band) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            y = List.copyOf(y);
            band = List.copyOf(band);
            if (!band.isEmpty() && band.size() != y.size()) {
                throw new IllegalArgumentException("series '" + name + "' has a band of " + band.size()
                        + " intervals for " + y.size() + " values");
            }
        }

        /** The student's curve. */
        public static Series student(String name, double[] y) {
            return new Series(name, Source.STUDENT, boxed(y), List.of());
        }

        /** The reference solution's curve. */
        public static Series reference(String name, double[] y) {
            return new Series(name, Source.REFERENCE, boxed(y), List.of());
        }

        /** This curve with an expected band: {@code low[i] <= high[i]} for every point. */
        public Series withBand(double[] low, double[] high) {
            if (low.length != high.length) {
                throw new IllegalArgumentException("band edges differ in length: " + low.length + " and "
                        + high.length);
            }
            List<Interval> b = new java.util.ArrayList<>();
            for (int i = 0; i < low.length; i++) {
                b.add(new Interval(low[i], high[i]));
            }
            return new Series(name, source, y, b);
        }

        private static List<Double> boxed(double[] values) {
            return java.util.Arrays.stream(values).boxed().toList();
        }
    }

    /**
     * A closed interval {@code [low, high]}.
     *
     * @param low  lower edge
     * @param high upper edge, {@code >= low}
     */
    public record Interval(double low, double high) {
        public Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException("an interval needs low <= high, got [" + low + ", " + high + "]");
            }
        }
    }
}
