package org.aibasis.quiz.scoring;

/** How one response fared. */
public sealed interface Verdict {

    /** The label used in JSON and reports. */
    String label();

    /** Full points. */
    record Correct() implements Verdict {
        @Override
        public String label() {
            return "correct";
        }
    }

    /**
     * Some of the points (multiple response under a partial-credit scheme).
     *
     * @param fraction in (0, 1)
     */
    record Partial(double fraction) implements Verdict {
        public Partial {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("a partial fraction lies strictly between 0 and 1");
            }
        }

        @Override
        public String label() {
            return "partial";
        }
    }

    /** No points for an answer that was given. */
    record Incorrect() implements Verdict {
        @Override
        public String label() {
            return "incorrect";
        }
    }

    /** Nothing was answered. */
    record Unanswered() implements Verdict {
        @Override
        public String label() {
            return "unanswered";
        }
    }
}
