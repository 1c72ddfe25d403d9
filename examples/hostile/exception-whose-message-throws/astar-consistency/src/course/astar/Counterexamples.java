package course.astar;

/** Throws an exception that cannot be described. */
public final class Counterexamples {
    private static final class Poison extends RuntimeException {
        private Poison other;

        @Override
        public String getMessage() {
            throw new IllegalStateException("no message for you");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("no text either");
        }

        @Override
        public synchronized Throwable getCause() {
            return other;
        }
    }

    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        Poison a = new Poison();
        Poison b = new Poison();
        a.other = b;
        b.other = a;
        throw a;
    }
}
