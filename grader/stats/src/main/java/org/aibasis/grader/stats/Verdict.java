package org.aibasis.grader.stats;

import java.util.List;

/** Whether an item could be judged, and if so what was found. */
public sealed interface Verdict {

    /** Too few respondents had the item for its statistics to mean anything; nothing is flagged. */
    record TooFew(int respondents, int minimum) implements Verdict {
    }

    /** Enough respondents: the flags found, possibly none. */
    record Judged(List<Flag> flags) implements Verdict {
        public Judged {
            flags = List.copyOf(flags);
        }
    }

    /** The flags, none when too few to judge. */
    default List<Flag> flags() {
        return switch (this) {
            case TooFew tooFew -> List.of();
            case Judged judged -> judged.flags();
        };
    }
}
