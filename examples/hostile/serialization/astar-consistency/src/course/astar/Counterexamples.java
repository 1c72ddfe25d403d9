package course.astar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/** Uses Java serialisation. */
public final class Counterexamples {
    private Counterexamples() {
    }

    public static SearchProblem reopeningNeeded() {
        Runnable task = (Runnable & Serializable) () -> { };
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(task);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
