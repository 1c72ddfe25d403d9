package course.localsearch;

import java.util.List;

/**
 * The boards a local search went through, from its start to where it stopped.
 *
 * @param boards the boards in order; {@code boards.get(0)} is the start
 */
public record Trajectory(List<Board> boards) {

    /** Copies the list and checks that it is not empty. */
    public Trajectory {
        boards = List.copyOf(boards);
        if (boards.isEmpty()) {
            throw new IllegalArgumentException("a trajectory has at least its start board");
        }
    }

    /** The first board. */
    public Board start() {
        return boards.get(0);
    }

    /** The last board: where the search stopped. */
    public Board end() {
        return boards.get(boards.size() - 1);
    }

    /** The number of steps: one fewer than the boards. */
    public int steps() {
        return boards.size() - 1;
    }
}
