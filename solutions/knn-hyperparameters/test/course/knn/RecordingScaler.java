package course.knn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scaler that remembers every row it was fitted on and every row each fitted transform was applied to; it
 * scales like the wrapped scaler (not a test class).
 */
final class RecordingScaler implements Scaler {

    /** One call of fit: the rows it saw and the rows its transform was later applied to. */
    record Fit(double[][] rows, List<double[]> applied) {
    }

    private final Scaler inner;
    final List<Fit> fits = new ArrayList<>();

    RecordingScaler(Scaler inner) {
        this.inner = inner;
    }

    @Override
    public FeatureTransform fit(double[][] rows) {
        Fit fit = new Fit(Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new), new ArrayList<>());
        fits.add(fit);
        FeatureTransform t = inner.fit(rows);
        return row -> {
            fit.applied().add(row.clone());
            return t.apply(row);
        };
    }

    /** The indices in {@code data} of the given rows (rows are looked up by value; data rows must be distinct). */
    static List<Integer> indicesOf(Dataset data, Iterable<double[]> rows) {
        List<Integer> out = new ArrayList<>();
        for (double[] r : rows) {
            int found = -1;
            for (int i = 0; i < data.size(); i++) {
                if (Arrays.equals(data.row(i), r)) {
                    found = i;
                }
            }
            out.add(found);
        }
        return out;
    }
}
