package course.astar;

/** Changes the JVM's default locale. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        return null;
    }
}
