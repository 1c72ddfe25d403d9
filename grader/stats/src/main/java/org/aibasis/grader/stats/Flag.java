package org.aibasis.grader.stats;

/** A sign that an item may be broken or badly pitched; reports word it for their readers. */
public sealed interface Flag {

    /** Weaker respondents did better than stronger ones (D &lt; 0): check the key or the test. */
    record NegativeDiscrimination(double discrimination) implements Flag {
    }

    /** Facility under the threshold: (almost) nobody gets it. */
    record TooHard(double facility, double threshold) implements Flag {
    }

    /** Facility over the threshold: (almost) everybody gets it. */
    record TooEasy(double facility, double threshold) implements Flag {
    }
}
