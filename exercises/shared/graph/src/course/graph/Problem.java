package course.graph;

import java.util.List;

/**
 * A search problem as Russell and Norvig define it: an initial state, the actions applicable in a state, the
 * transition model, a goal test and the cost of each step.
 *
 * <p>States must be immutable values with {@code equals} and {@code hashCode} (a record, an {@code Integer}, a
 * {@code String}), because graph search remembers which states it has seen.
 *
 * @param <S> the type of states
 * @param <A> the type of actions
 */
public interface Problem<S, A> {

    /** The state the agent starts in. */
    S initialState();

    /** The actions applicable in {@code state}, in the order a search generates their successors. */
    List<A> actions(S state);

    /** The state that doing {@code action} in {@code state} leads to (the transition model). */
    S result(S state, A action);

    /** Whether {@code state} is a goal. */
    boolean isGoal(S state);

    /**
     * The cost of doing {@code action} in {@code state} and arriving in {@code next}; 1 unless the problem says
     * otherwise.
     */
    default double actionCost(S state, A action, S next) {
        return 1;
    }
}
