package org.aibasis.quiz.stats;

import java.util.Objects;
import org.aibasis.quiz.bank.Text;

/** A sign that a question may be broken or badly pitched; reports word it for their readers. */
public sealed interface Flag {

    /** Weaker students did better than stronger ones (D &lt; 0): check the key and the wording. */
    record NegativeDiscrimination(double discrimination) implements Flag {
    }

    /** Facility under the threshold: almost nobody got it (check the key, or whether it was taught). */
    record TooHard(double facility, double threshold) implements Flag {
    }

    /** Facility over the threshold: almost everybody got it (it tells students apart little). */
    record TooEasy(double facility, double threshold) implements Flag {
    }

    /** A wrong option nobody chose: it distracts nobody. */
    record UnchosenDistractor(String optionId, Text text) implements Flag {
        public UnchosenDistractor {
            Objects.requireNonNull(optionId, "optionId");
            Objects.requireNonNull(text, "text");
        }
    }
}
