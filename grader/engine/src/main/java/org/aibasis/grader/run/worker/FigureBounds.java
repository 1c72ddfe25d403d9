package org.aibasis.grader.run.worker;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.api.Figure;

/**
 * Bounds what one test's figures may add to its result, so that a figure drawn from the student's values cannot
 * blow up the protocol line, {@code result.json} or the report: x values thinned to {@link #MAX_POINTS} evenly
 * spread ones (first and last kept), texts cut to {@link #MAX_TEXT} characters, and figures beyond
 * {@link #MAX_NUMBERS} numbers in all dropped.
 */
final class FigureBounds {
    /** x values per figure: a chart 640 pixels wide shows no more. */
    static final int MAX_POINTS = 320;
    /** Numbers (x, y and band edges) over all figures of one test: about 400 kB of JSON at most. */
    static final int MAX_NUMBERS = 20_000;
    /** Characters of a title, label or series name. */
    static final int MAX_TEXT = 200;

    private FigureBounds() {
    }

    static List<Figure> bound(List<Figure> figures) {
        List<Figure> kept = new ArrayList<>();
        int numbers = 0;
        for (Figure f : figures) {
            Figure thin = thin(f);
            int size = thin.x().size() * (1 + thin.series().stream().mapToInt(s -> s.band().isEmpty() ? 1 : 3).sum());
            if (numbers + size > MAX_NUMBERS) {
                break;
            }
            numbers += size;
            kept.add(thin);
        }
        return List.copyOf(kept);
    }

    private static Figure thin(Figure f) {
        List<Integer> at = indices(f.x().size());
        List<Figure.Series> series = f.series().stream().map(s -> new Figure.Series(text(s.name()), s.source(),
                pick(s.y(), at), s.band().isEmpty() ? List.of() : pick(s.band(), at))).toList();
        return new Figure(text(f.id()), text(f.title()), text(f.titleZh()), text(f.xLabel()), text(f.yLabel()),
                pick(f.x(), at), series);
    }

    /** All indices, or {@link #MAX_POINTS} strictly increasing ones from 0 to {@code n - 1}. */
    static List<Integer> indices(int n) {
        List<Integer> at = new ArrayList<>();
        int m = Math.min(n, MAX_POINTS);
        for (int k = 0; k < m; k++) {
            at.add(m == n ? k : (int) Math.round(k * (n - 1) / (double) (m - 1)));
        }
        return at;
    }

    private static <T> List<T> pick(List<T> values, List<Integer> at) {
        return at.stream().map(values::get).toList();
    }

    private static String text(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "\u2026";
    }
}
