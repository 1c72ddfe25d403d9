package course.astar;

/** Writes a file. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        try (java.io.FileWriter w = new java.io.FileWriter("left-behind.txt")) {
            w.write("hello");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
