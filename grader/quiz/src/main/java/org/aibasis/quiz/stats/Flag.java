package org.aibasis.quiz.stats;

import java.util.Locale;
import java.util.Objects;

/** A sign that a question may be broken or badly pitched; each says what to look at. */
public sealed interface Flag {

    /** What the flag means and what to check, for reports. */
    String message();

    /** Weaker students did better than stronger ones: check the key. */
    record NegativeDiscrimination(double discrimination) implements Flag {
        @Override
        public String message() {
            return String.format(Locale.ROOT, "negative discrimination D = %.2f: the lower group did better than the"
                    + " upper group (check the key and the wording)", discrimination);
        }
    }

    /** Almost nobody got it right. */
    record TooHard(double facility) implements Flag {
        @Override
        public String message() {
            return String.format(Locale.ROOT, "facility %.2f < %.2f: almost nobody got it (check the key, or whether"
                    + " it was taught)", facility, ItemAnalysis.HARD);
        }
    }

    /** Almost everybody got it right. */
    record TooEasy(double facility) implements Flag {
        @Override
        public String message() {
            return String.format(Locale.ROOT, "facility %.2f > %.2f: almost everybody got it (it tells students"
                    + " apart little)", facility, ItemAnalysis.EASY);
        }
    }

    /** A wrong option nobody chose: it distracts nobody. */
    record UnchosenDistractor(String optionId, String text) implements Flag {
        public UnchosenDistractor {
            Objects.requireNonNull(optionId, "optionId");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String message() {
            return "distractor " + optionId + " (\"" + text + "\") was chosen by nobody (make it more plausible, or"
                    + " replace it)";
        }
    }
}
