package course.localsearch;

import java.util.List;
import java.util.Objects;

/**
 * What a beam search returns: the beam after every step and the board it ends with.
 *
 * @param beams the beams in order; {@code beams.get(0)} is the initial beam
 * @param best  the first solution found, or else the board with the fewest attacking pairs in the last beam
 */
public record BeamResult(List<List<Board>> beams, Board best) {

    /** Copies the lists and checks that there is an initial beam. */
    public BeamResult {
        beams = beams.stream().map(List::copyOf).toList();
        Objects.requireNonNull(best, "best");
        if (beams.isEmpty() || beams.get(0).isEmpty()) {
            throw new IllegalArgumentException("a beam search starts from a beam of at least one board");
        }
    }

    /** The number of steps taken: one fewer than the beams. */
    public int steps() {
        return beams.size() - 1;
    }
}
