package course.astar;

/** Ships its own CounterexamplesTests. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        return null;
    }
    }

    final class CounterexamplesTests {
}
