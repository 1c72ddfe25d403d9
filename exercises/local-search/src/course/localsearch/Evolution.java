package course.localsearch;

import java.util.List;
import java.util.Objects;

/**
 * What the genetic algorithm returns: the population of every generation and the board it ends with.
 *
 * @param populations the populations in order; {@code populations.get(0)} is the initial one
 * @param best        the first solution found, or else the fittest board of the last population
 */
public record Evolution(List<List<Board>> populations, Board best) {

    /** Copies the lists and checks that there is an initial population. */
    public Evolution {
        populations = populations.stream().map(List::copyOf).toList();
        Objects.requireNonNull(best, "best");
        if (populations.isEmpty() || populations.get(0).isEmpty()) {
            throw new IllegalArgumentException("evolution starts from a population of at least one board");
        }
    }

    /** The number of generations bred: one fewer than the populations. */
    public int generations() {
        return populations.size() - 1;
    }
}
