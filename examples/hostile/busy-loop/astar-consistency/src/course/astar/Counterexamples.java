package course.astar;

/** Computes forever without running out of memory. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        java.util.List<Integer> items = new java.util.ArrayList<>();
        while (items.size() >= 0) {
            items = new java.util.ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                items.add(i);
            }
        }
        return null;
    }
}
