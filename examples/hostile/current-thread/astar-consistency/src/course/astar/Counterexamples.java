package course.astar;

/** Interrupts the worker's thread and swaps its context class loader. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        Thread.currentThread().setContextClassLoader(null);
        Thread.currentThread().interrupt();
        return null;
    }
}
