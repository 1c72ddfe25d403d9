package course.astar;

/** Computes on the common fork-join pool. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        long sum = java.util.stream.LongStream.range(0, 1000).parallel().sum();
        return sum < 0 ? null : null;
    }
}
