package course.astar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

import course.graph.Heuristic;

/**
 * A* on the sliding-tile puzzle that checks the heuristic while it searches: the search the grader runs on your
 * {@link MyHeuristic}.
 *
 * <p>Sanity checks, as in the CS188 search project: {@code h(goal) = 0}; every value it computes is finite and
 * {@code >= 0}; and for every state it expands and every neighbour, the values differ by at most the move cost 1
 * (consistency on every edge the search sees, both directions as moves are reversible). The first failure stops
 * the search with a {@link SanityException} naming the state.
 *
 * <p>Order: lowest {@code f = g + h} first; ties go to the lower {@code h} (the deeper state), then to the state
 * generated first. The goal test is made when a state is expanded, and every expansion counts, the goal's
 * included.
 */
public final class PuzzleSearch {

    private PuzzleSearch() {
    }

    /**
     * The outcome of a search.
     *
     * @param solved     whether the goal was reached within the expansion budget
     * @param expansions the number of states expanded (the budget if not solved)
     * @param path       the states from the start to the goal if solved (its length minus 1 is the cost), else empty
     */
    public record Result(boolean solved, int expansions, List<Puzzle> path) {
        /** Copies the path. */
        public Result {
            path = List.copyOf(path);
        }

        /** The number of moves of the path found; -1 if not solved. */
        public int cost() {
            return solved ? path.size() - 1 : -1;
        }
    }

    /** The heuristic failed a sanity check; {@link #state()} is where. */
    public static final class SanityException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Puzzle state;

        /** Creates the exception for the offending state. */
        public SanityException(Puzzle state, String message) {
            super(message);
            this.state = state;
        }

        /** The offending state. */
        public Puzzle state() {
            return state;
        }
    }

    /** What the search knows about a generated state (mutable, private to one search). */
    private static final class Visit {
        int g;
        Puzzle parent;
        boolean closed;

        Visit(int g, Puzzle parent) {
            this.g = g;
            this.parent = parent;
        }
    }

    private record Node(Puzzle state, int g, double h, long order) {
        double f() {
            return g + h;
        }
    }

    /**
     * Runs A* from {@code start} to the goal of its size.
     *
     * @param start         a solvable state
     * @param heuristic     the heuristic to use and check
     * @param maxExpansions the budget: the search gives up (unsolved) rather than expand more states than this
     * @throws SanityException          if the heuristic fails a sanity check
     * @throws IllegalArgumentException if the start is not solvable or the budget is not positive
     */
    public static Result solve(Puzzle start, PuzzleHeuristic heuristic, int maxExpansions) {
        Objects.requireNonNull(heuristic, "heuristic");
        if (!start.isSolvable()) {
            throw new IllegalArgumentException(start + " cannot reach the goal");
        }
        if (maxExpansions < 1) {
            throw new IllegalArgumentException("the budget must be >= 1, got " + maxExpansions);
        }
        Puzzle goal = Puzzle.goal(start.size());
        double hGoal = evaluate(heuristic, goal);
        if (Math.abs(hGoal) > Heuristic.TOLERANCE) {
            throw new SanityException(goal, "h(goal " + goal + ") = " + hGoal + ", but it must be 0");
        }

        PriorityQueue<Node> open = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(a.f(), b.f());
            if (c != 0) {
                return c;
            }
            c = Double.compare(a.h(), b.h());
            return c != 0 ? c : Long.compare(a.order(), b.order());
        });
        Map<Puzzle, Visit> visits = new HashMap<>();
        long order = 0;
        open.add(new Node(start, 0, evaluate(heuristic, start), order++));
        visits.put(start, new Visit(0, null));
        int expansions = 0;

        while (!open.isEmpty()) {
            Node node = open.poll();
            Visit visit = visits.get(node.state());
            if (visit.closed || node.g() > visit.g) {
                continue;  // a stale entry: this state was reached more cheaply
            }
            if (expansions == maxExpansions) {
                return new Result(false, maxExpansions, List.of());
            }
            expansions++;
            visit.closed = true;
            if (node.state().equals(goal)) {
                return new Result(true, expansions, path(visits, goal));
            }
            for (Puzzle next : node.state().neighbors()) {
                double hNext = evaluate(heuristic, next);
                if (node.h() > 1 + hNext + Heuristic.TOLERANCE || hNext > 1 + node.h() + Heuristic.TOLERANCE) {
                    Puzzle worse = node.h() > hNext ? node.state() : next;
                    throw new SanityException(worse, "h is not consistent on the move between " + node.state()
                            + " (h = " + node.h() + ") and " + next + " (h = " + hNext
                            + "): a move costs 1, so h may change by at most 1 along it");
                }
                int g = node.g() + 1;
                Visit known = visits.get(next);
                if (known == null) {
                    visits.put(next, new Visit(g, node.state()));
                    open.add(new Node(next, g, hNext, order++));
                } else if (!known.closed && g < known.g) {
                    known.g = g;
                    known.parent = node.state();
                    open.add(new Node(next, g, hNext, order++));
                }
            }
        }
        throw new IllegalStateException("the goal was not reached from the solvable state " + start);
    }

    private static double evaluate(PuzzleHeuristic heuristic, Puzzle state) {
        double h = heuristic.estimate(state);
        if (!Double.isFinite(h)) {
            throw new SanityException(state, "h(" + state + ") = " + h + ", but it must be a finite number");
        }
        if (h < -Heuristic.TOLERANCE) {
            throw new SanityException(state, "h(" + state + ") = " + h + ", but it must be >= 0");
        }
        return h;
    }

    private static List<Puzzle> path(Map<Puzzle, Visit> visits, Puzzle goal) {
        List<Puzzle> path = new ArrayList<>();
        for (Puzzle s = goal; s != null; s = visits.get(s).parent) {
            path.add(s);
        }
        Collections.reverse(path);
        return path;
    }
}
