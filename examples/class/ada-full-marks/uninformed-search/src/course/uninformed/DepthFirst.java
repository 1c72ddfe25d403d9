package course.uninformed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import course.graph.Problem;

public final class DepthFirst {

    private DepthFirst() {
    }

    /** One recursive depth-first walk; {@code cutOff} tells whether a node was left at the limit. */
    private static final class Walk<S, A> {
        final Problem<S, A> problem;
        final int limit;
        final Set<S> closed;
        final List<S> log = new ArrayList<>();
        boolean cutOff;

        Walk(Problem<S, A> problem, int limit, boolean remember) {
            this.problem = problem;
            this.limit = limit;
            this.closed = remember ? new HashSet<>() : null;
        }

        Optional<Node<S, A>> from(Node<S, A> n) {
            if (closed != null && closed.contains(n.state())) {
                return Optional.empty();
            }
            if (problem.isGoal(n.state())) {
                return Optional.of(n);
            }
            if (n.depth() == limit) {
                cutOff = true;
                return Optional.empty();
            }
            if (closed != null) {
                closed.add(n.state());
            }
            log.add(n.state());
            for (A a : problem.actions(n.state())) {
                Optional<Node<S, A>> hit = from(n.child(problem, a));
                if (hit.isPresent()) {
                    return hit;
                }
            }
            return Optional.empty();
        }

        SearchResult<S, A> run() {
            Optional<Node<S, A>> hit = from(Node.root(problem.initialState()));
            if (hit.isPresent()) {
                return SearchResult.solution(hit.get(), log);
            }
            return cutOff ? SearchResult.cutoff(log) : SearchResult.failure(log);
        }
    }

    public static <S, A> SearchResult<S, A> search(Problem<S, A> problem, Mode mode) {
        return new Walk<>(problem, -1, mode == Mode.GRAPH).run();
    }

    public static <S, A> SearchResult<S, A> depthLimited(Problem<S, A> problem, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative depth limit " + limit);
        }
        return new Walk<>(problem, limit, false).run();
    }

    public static <S, A> SearchResult<S, A> iterativeDeepening(Problem<S, A> problem, int maxDepth) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("negative maxDepth " + maxDepth);
        }
        List<S> all = new ArrayList<>();
        SearchResult<S, A> last = null;
        for (int depth = 0; depth <= maxDepth; depth++) {
            last = depthLimited(problem, depth);
            all.addAll(last.expanded());
            if (!(last.outcome() instanceof SearchResult.Cutoff)) {
                break;
            }
        }
        return new SearchResult<>(last.outcome(), all);
    }
}
