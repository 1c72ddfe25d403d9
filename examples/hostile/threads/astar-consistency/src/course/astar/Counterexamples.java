package course.astar;

/** Starts a background thread. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        Thread t = new Thread(() -> {
            while (true) {
                System.out.println("still here");
            }
        });
        t.setDaemon(true);
        t.start();
        return null;
    }
}
