package course.astar;

import java.util.function.IntConsumer;

/** Exits through a method reference. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        IntConsumer exit = System::exit;
        exit.accept(0);
        return null;
    }
}
