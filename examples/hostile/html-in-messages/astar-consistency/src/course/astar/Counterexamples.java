package course.astar;

/** Throws markup. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        throw new IllegalStateException("<script>alert(1)</script><img src=x onerror=alert(2)>");
    }
}
