package course.knn;

import java.util.Arrays;
import java.util.List;

/** A generated KNN problem: a training set, the hyperparameters and some queries (not a test class). */
record KnnCase(Dataset train, int k, Metric metric, List<double[]> queries) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("k = " + k + ", metric = " + metric + ", training " + train
                + "\n  queries:");
        for (double[] q : queries) {
            sb.append(' ').append(Arrays.toString(q));
        }
        return sb.toString();
    }
}
