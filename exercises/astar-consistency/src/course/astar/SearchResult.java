package course.astar;

import java.util.List;
import java.util.Objects;

/**
 * What a search returns: the path found (empty if the goal is unreachable), its cost ({@code +infinity} if
 * unreachable) and every expansion in the order it happened.
 *
 * <p>An expansion is the moment a node is taken off the open list and its successors are generated. A node that
 * is reopened (expanded again after a cheaper path to it was found) appears once per expansion.
 *
 * @param path     the nodes from start to goal, both included; empty if the goal was not reached
 * @param cost     the total edge cost of {@code path}; {@code +infinity} if the goal was not reached
 * @param expanded the expansions, in order
 */
public record SearchResult(List<Integer> path, double cost, List<Expansion> expanded) {

    /**
     * One expansion.
     *
     * @param node the expanded node
     * @param g    the cost of the path to {@code node} the search had when it expanded it
     * @param f    the priority it was expanded with: {@code g + h(node)} for A*
     */
    public record Expansion(int node, double g, double f) {
        /** Validates the node ({@code >= 0}) and that g is a finite cost. */
        public Expansion {
            if (node < 0) {
                throw new IllegalArgumentException("expanded node " + node + " is negative");
            }
            if (!Double.isFinite(g) || g < 0) {
                throw new IllegalArgumentException("g of expanded node " + node + " must be finite and >= 0, got " + g);
            }
        }
    }

    /** Copies the lists and checks that a found path has a finite cost and a missing one an infinite cost. */
    public SearchResult {
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        expanded = List.copyOf(Objects.requireNonNull(expanded, "expanded"));
        if (path.isEmpty() && cost != Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("no path was found, so the cost must be +infinity, got " + cost);
        }
        if (!path.isEmpty() && !(Double.isFinite(cost) && cost >= 0)) {
            throw new IllegalArgumentException("a found path must have a finite cost >= 0, got " + cost);
        }
    }

    /** A result for a reached goal. */
    public static SearchResult success(List<Integer> path, double cost, List<Expansion> expanded) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a successful search returns a non-empty path");
        }
        return new SearchResult(path, cost, expanded);
    }

    /** A result for an unreachable goal: empty path, infinite cost. */
    public static SearchResult failure(List<Expansion> expanded) {
        return new SearchResult(List.of(), Double.POSITIVE_INFINITY, expanded);
    }

    /** Whether the goal was reached. */
    public boolean found() {
        return !path.isEmpty();
    }

    /** The number of expansions (a reopened node counts each time it is expanded). */
    public int expansions() {
        return expanded.size();
    }

    /** The expanded nodes in order, without g and f. */
    public List<Integer> expandedNodes() {
        return expanded.stream().map(Expansion::node).toList();
    }
}
