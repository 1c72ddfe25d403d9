package course.astar;

/** Never returns. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        long steps = 0;
        while (steps >= 0) {
            steps = steps + 1 | 1;
        }
        return null;
    }
}
