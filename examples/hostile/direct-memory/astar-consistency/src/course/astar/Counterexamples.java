package course.astar;

/** Allocates off-heap memory. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        java.nio.ByteBuffer.allocateDirect(1 << 30);
        return null;
    }
}
