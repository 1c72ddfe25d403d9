package course.astar;

/** Connects to the network. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        try (java.net.Socket s = new java.net.Socket("example.com", 80)) {
            s.getOutputStream().write(1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
