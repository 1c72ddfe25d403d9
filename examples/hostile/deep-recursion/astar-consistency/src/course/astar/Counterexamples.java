package course.astar;

/** Recurses without end. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        return deeper(0);
    }

    private static SearchProblem deeper(long depth) {
        SearchProblem p = deeper(depth + 1);
        return depth < 0 ? null : p;
    }
}
