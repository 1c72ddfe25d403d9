package course.astar;

/** Keeps state in a ClassValue on a JDK class. */
public final class Counterexamples {
    private static final ClassValue<int[]> SEEN = new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> type) {
            return new int[1];
        }
    };

    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        SEEN.get(String.class)[0]++;
        return null;
    }
}
