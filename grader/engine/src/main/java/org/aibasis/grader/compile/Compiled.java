package org.aibasis.grader.compile;

import java.util.List;
import java.util.Map;

import org.aibasis.grader.model.Diagnostic;

/** The outcome of compiling a set of sources. */
public sealed interface Compiled {

    /**
     * Class files by binary name ({@code course.mdp.Mdp$Builder}), and warnings.
     *
     * @param classes   class bytes by binary name
     * @param origin    for each class, the path of the source file it came from
     */
    record Success(Map<String, byte[]> classes, Map<String, String> origin) implements Compiled {
        public Success {
            classes = Map.copyOf(classes);
            origin = Map.copyOf(origin);
        }
    }

    /** Errors, each mapped to its file and line. */
    record Failure(List<Diagnostic> errors) implements Compiled {
        public Failure {
            errors = List.copyOf(errors);
        }
    }
}
