package course.astar;

import java.util.Objects;

import course.graph.Graph;
import course.graph.Heuristic;

/**
 * Why a heuristic is not admissible or not consistent: one offending node or edge.
 *
 * <p>Each kind checks in its constructor that it really is a violation (allowing {@link Heuristic#TOLERANCE}), so
 * a checker cannot report something that is fine.
 */
public sealed interface Violation {

    /** A sentence naming the offending node or edge and the numbers involved. */
    String describe();

    /**
     * The heuristic overestimates at {@code node}: {@code h(node) > h*(node)}, so it is not admissible.
     *
     * @param node     the offending node
     * @param h        the heuristic's value there
     * @param trueCost {@code h*(node)}, the cost of a cheapest path from {@code node} to the goal
     */
    record Overestimate(int node, double h, double trueCost) implements Violation {
        /** Checks that {@code h > trueCost + TOLERANCE}. */
        public Overestimate {
            if (!(h > trueCost + Heuristic.TOLERANCE)) {
                throw new IllegalArgumentException("h(" + node + ") = " + h + " does not exceed h*(" + node + ") = "
                        + trueCost + ": that is not an overestimate");
            }
        }

        @Override
        public String describe() {
            return "h(" + node + ") = " + h + " overestimates the true cost h*(" + node + ") = " + trueCost;
        }
    }

    /**
     * The heuristic is not 0 at the goal, which consistency requires.
     *
     * @param goal the goal node
     * @param h    the heuristic's value there
     */
    record GoalNotZero(int goal, double h) implements Violation {
        /** Checks that {@code |h| > TOLERANCE}. */
        public GoalNotZero {
            if (!(Math.abs(h) > Heuristic.TOLERANCE)) {
                throw new IllegalArgumentException("h(goal " + goal + ") = " + h + " is 0: not a violation");
            }
        }

        @Override
        public String describe() {
            return "h(goal " + goal + ") = " + h + ", but a consistent heuristic has h(goal) = 0";
        }
    }

    /**
     * The edge breaks the triangle inequality: {@code h(from) > cost + h(to)}.
     *
     * @param edge  the offending edge
     * @param hFrom {@code h(edge.from())}
     * @param hTo   {@code h(edge.to())}
     */
    record InconsistentEdge(Graph.Edge edge, double hFrom, double hTo) implements Violation {
        /** Checks that {@code hFrom > edge.cost() + hTo + TOLERANCE}. */
        public InconsistentEdge {
            Objects.requireNonNull(edge, "edge");
            if (!(hFrom > edge.cost() + hTo + Heuristic.TOLERANCE)) {
                throw new IllegalArgumentException("h(" + edge.from() + ") = " + hFrom + " <= " + edge.cost()
                        + " + h(" + edge.to() + ") = " + (edge.cost() + hTo) + ": the edge " + edge + " is consistent");
            }
        }

        @Override
        public String describe() {
            return "edge " + edge.from() + " -> " + edge.to() + " (cost " + edge.cost() + "): h(" + edge.from() + ") = "
                    + hFrom + " > cost + h(" + edge.to() + ") = " + (edge.cost() + hTo);
        }
    }
}
