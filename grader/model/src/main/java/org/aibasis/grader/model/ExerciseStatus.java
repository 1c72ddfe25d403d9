package org.aibasis.grader.model;

import java.util.List;
import java.util.Objects;

/** How far grading of one exercise got. */
public sealed interface ExerciseStatus {

    /** The JSON name of the status, as documented in the README. */
    String label();

    /** The hidden tests ran; each test's outcome says the rest. */
    record Graded() implements ExerciseStatus {
        @Override
        public String label() {
            return "graded";
        }
    }

    /** The student's files did not compile; no test ran. */
    record CompileError(List<Diagnostic> diagnostics) implements ExerciseStatus {
        public CompileError {
            diagnostics = List.copyOf(diagnostics);
        }

        @Override
        public String label() {
            return "compile-error";
        }
    }

    /** The submission does not contain the files this exercise needs. */
    record Missing(String reason) implements ExerciseStatus {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String label() {
            return "missing";
        }
    }

    /** The code compiled but breaks a rule (a forbidden API, a reserved package); no test ran. */
    record Rejected(List<Diagnostic> violations) implements ExerciseStatus {
        public Rejected {
            violations = List.copyOf(violations);
        }

        @Override
        public String label() {
            return "rejected";
        }
    }
}
