package course.uninformed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import course.graph.Problem;

/**
 * A node of a search tree: a state together with how the search got there (the parent node, the action taken,
 * the total cost and the number of steps from the root). Two nodes may hold the same state when a search reaches
 * it by two paths.
 *
 * @param <S> the type of states
 * @param <A> the type of actions
 */
public final class Node<S, A> {
    private final S state;
    private final Node<S, A> parent;
    private final A action;
    private final double pathCost;
    private final int depth;

    private Node(S state, Node<S, A> parent, A action, double pathCost, int depth) {
        this.state = Objects.requireNonNull(state, "state");
        this.parent = parent;
        this.action = action;
        this.pathCost = pathCost;
        this.depth = depth;
    }

    /** The root of a search tree: {@code state} with no parent, path cost 0 and depth 0. */
    public static <S, A> Node<S, A> root(S state) {
        return new Node<>(state, null, null, 0, 0);
    }

    /**
     * The child reached by doing {@code action} here: its state is {@code problem.result(state, action)}, its
     * path cost this node's plus the action's cost, its depth this node's plus one.
     *
     * @throws IllegalArgumentException if the problem gives the step a negative, infinite or NaN cost
     */
    public Node<S, A> child(Problem<S, A> problem, A action) {
        Objects.requireNonNull(action, "action");
        S next = Objects.requireNonNull(problem.result(state, action), "the problem's result(state, action)");
        double cost = problem.actionCost(state, action, next);
        if (!(cost >= 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("the step " + state + " --" + action + "--> " + next
                    + " costs " + cost + "; step costs must be finite and >= 0");
        }
        return new Node<>(next, this, action, pathCost + cost, depth + 1);
    }

    /** The state of this node. */
    public S state() {
        return state;
    }

    /** The node this one was generated from; empty for the root. */
    public Optional<Node<S, A>> parent() {
        return Optional.ofNullable(parent);
    }

    /** The action that led from the parent to this node; empty for the root. */
    public Optional<A> action() {
        return Optional.ofNullable(action);
    }

    /** The total cost of the steps from the root to this node (g). */
    public double pathCost() {
        return pathCost;
    }

    /** The number of steps from the root to this node. */
    public int depth() {
        return depth;
    }

    /** The states from the root to this node, both included. */
    public List<S> states() {
        List<S> states = new ArrayList<>(depth + 1);
        for (Node<S, A> n = this; n != null; n = n.parent) {
            states.add(n.state);
        }
        Collections.reverse(states);
        return List.copyOf(states);
    }

    /** The actions from the root to this node, in the order they were taken ({@link #depth()} of them). */
    public List<A> actions() {
        List<A> actions = new ArrayList<>(depth);
        for (Node<S, A> n = this; n.parent != null; n = n.parent) {
            actions.add(n.action);
        }
        Collections.reverse(actions);
        return List.copyOf(actions);
    }

    @Override
    public String toString() {
        return "Node(" + state + ", depth " + depth + ", cost " + pathCost + ")";
    }
}
