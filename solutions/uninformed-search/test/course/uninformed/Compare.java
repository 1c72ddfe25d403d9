package course.uninformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.aibasis.grader.testkit.Diagnosis;
import org.aibasis.grader.testkit.NumberText;
import org.aibasis.grader.testkit.Tolerance;

import course.graph.Graph;

/** Compares a search result with the oracle's and describes the first difference in words a student can act on. */
final class Compare {

    private final Graph graph;
    private final IntFunction<String> names;
    private final Map<String, Oracle.Expected> mistakes = new LinkedHashMap<>();

    private Compare(Graph graph, IntFunction<String> names) {
        this.graph = graph;
        this.names = names;
    }

    /** Results on {@code graph}, nodes shown as numbers. */
    static Compare on(Graph graph) {
        return new Compare(graph, Integer::toString);
    }

    /** Results on {@code graph}, nodes shown by {@code names}. */
    static Compare on(Graph graph, IntFunction<String> names) {
        return new Compare(graph, names);
    }

    /** A known mistake and what it returns on this input; named only if the result matches it conclusively. */
    Compare mistake(String description, Oracle.Expected answer) {
        mistakes.put(description, answer);
        return this;
    }

    /** Fails with {@link #difference} unless {@code actual} is {@code expected}. */
    void check(String call, SearchResult<Integer, Integer> actual, Oracle.Expected expected) {
        String problem = difference(call, actual, expected);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    /**
     * Checks a breadth- or depth-first search run in the case's mode against {@code oracle.apply(mode, mistaken)},
     * naming {@code typicalMistake} ({@code mistaken = true}) and, in tree mode, graph search done instead.
     */
    static void checkInMode(String algorithm, Cases.Moded m, SearchResult<Integer, Integer> actual,
                            BiFunction<Mode, Boolean, Oracle.Expected> oracle, String typicalMistake) {
        Compare compare = on(m.route().graph()).mistake(typicalMistake, oracle.apply(m.mode(), true));
        if (m.mode() == Mode.TREE) {
            compare.mistake("graph search (states remembered) where tree search was asked for",
                    oracle.apply(Mode.GRAPH, false));
        }
        compare.check(algorithm + " " + m, actual, oracle.apply(m.mode(), false));
    }

    static Oracle.Kind kind(SearchResult<Integer, Integer> r) {
        return switch (r.outcome()) {
            case SearchResult.Solution<Integer, Integer> s -> Oracle.Kind.SOLUTION;
            case SearchResult.Failure<Integer, Integer> f -> Oracle.Kind.FAILURE;
            case SearchResult.Cutoff<Integer, Integer> c -> Oracle.Kind.CUTOFF;
        };
    }

    /** {@code null} if {@code actual} is {@code expected} in outcome, path, cost and expansions; else why not. */
    String difference(String call, SearchResult<Integer, Integer> actual, Oracle.Expected expected) {
        String why = firstDifference(actual, expected);
        if (why == null) {
            return null;
        }
        return call + ": " + why
                + "\n  returned: " + show(kind(actual), actual.path(), actual.cost(), actual.expanded())
                + "\n  expected: " + show(expected.kind(), expected.path(), cost(expected), expected.expanded())
                + diagnosis(actual, expected);
    }

    private String firstDifference(SearchResult<Integer, Integer> actual, Oracle.Expected expected) {
        Oracle.Kind kind = kind(actual);
        if (kind != expected.kind()) {
            return "the outcome is " + word(kind) + " but should be " + word(expected.kind());
        }
        if (!actual.path().equals(expected.path())) {
            return "the path is " + names(actual.path()) + " but should be " + names(expected.path());
        }
        if (kind == Oracle.Kind.SOLUTION) {
            double cost = cost(expected);
            if (!Tolerance.DEFAULT.allows(actual.cost(), cost)) {
                return "the path is right but its cost is reported as " + NumberText.show(actual.cost())
                        + " instead of " + NumberText.show(cost);
            }
            if (actual.actions().size() != actual.path().size() - 1) {
                return "the solution has " + actual.actions().size() + " actions for " + actual.path().size()
                        + " states";
            }
        }
        List<Integer> got = actual.expanded();
        List<Integer> want = expected.expanded();
        for (int i = 0; i < Math.max(got.size(), want.size()); i++) {
            if (i >= got.size()) {
                return "the search stopped after " + got.size() + " expansions; expansion " + (i + 1)
                        + " should be " + names.apply(want.get(i));
            }
            if (i >= want.size()) {
                return "expansion " + (i + 1) + " (" + names.apply(got.get(i)) + ") should not happen: the search "
                        + "should have stopped after " + want.size() + " expansions";
            }
            if (!got.get(i).equals(want.get(i))) {
                return "expansion " + (i + 1) + " is " + names.apply(got.get(i)) + " but should be "
                        + names.apply(want.get(i));
            }
        }
        return null;
    }

    private String diagnosis(SearchResult<Integer, Integer> actual, Oracle.Expected expected) {
        double[] got = code(kind(actual), actual.path(), actual.expanded());
        double[] want = code(expected.kind(), expected.path(), expected.expanded());
        int width = Math.max(got.length, want.length);
        Map<String, double[]> candidates = new LinkedHashMap<>();
        for (Map.Entry<String, Oracle.Expected> m : mistakes.entrySet()) {
            double[] c = code(m.getValue().kind(), m.getValue().path(), m.getValue().expanded());
            candidates.put(m.getKey(), c);
            width = Math.max(width, c.length);
        }
        Diagnosis d = Diagnosis.of(pad(got, width), pad(want, width), Tolerance.DEFAULT).called("path and expansions");
        for (Map.Entry<String, double[]> c : candidates.entrySet()) {
            double[] padded = pad(c.getValue(), width);
            d.mistake(c.getKey(), () -> padded);
        }
        return d.explain();
    }

    /** Outcome, path and expansions as one vector (so that Diagnosis can compare them); -1 separates the parts. */
    private static double[] code(Oracle.Kind kind, List<Integer> path, List<Integer> expanded) {
        double[] v = new double[2 + path.size() + expanded.size()];
        v[0] = kind.ordinal();
        for (int i = 0; i < path.size(); i++) {
            v[1 + i] = path.get(i);
        }
        v[1 + path.size()] = -1;
        for (int i = 0; i < expanded.size(); i++) {
            v[2 + path.size() + i] = expanded.get(i);
        }
        return v;
    }

    private static double[] pad(double[] v, int width) {
        double[] p = java.util.Arrays.copyOf(v, width);
        java.util.Arrays.fill(p, v.length, width, -2);
        return p;
    }

    private double cost(Oracle.Expected expected) {
        return expected.kind() == Oracle.Kind.SOLUTION ? graph.pathCost(expected.path()) : Double.POSITIVE_INFINITY;
    }

    private String show(Oracle.Kind kind, List<Integer> path, double cost, List<Integer> expanded) {
        String how = kind == Oracle.Kind.SOLUTION
                ? "path " + names(path) + " (cost " + NumberText.show(cost) + ")"
                : word(kind);
        return how + " after expanding " + names(expanded);
    }

    private static String word(Oracle.Kind kind) {
        return switch (kind) {
            case SOLUTION -> "a solution";
            case FAILURE -> "failure";
            case CUTOFF -> "cutoff";
        };
    }

    /**
     * {@code null} if the result's path is a real path of the graph from {@code start} to {@code goal} whose cost
     * is the reported one (or there is no path); else what is wrong with it.
     */
    String invalidPath(int start, int goal, SearchResult<Integer, Integer> r) {
        List<Integer> p = r.path();
        if (p.isEmpty()) {
            return null;
        }
        if (p.get(0) != start || p.get(p.size() - 1) != goal) {
            return "the path " + names(p) + " should start at " + names.apply(start) + " and end at the goal "
                    + names.apply(goal);
        }
        for (int i = 0; i + 1 < p.size(); i++) {
            if (p.get(i) < 0 || p.get(i) >= graph.size() || graph.cost(p.get(i), p.get(i + 1)).isEmpty()) {
                return "the path " + names(p) + " uses " + p.get(i) + " -> " + p.get(i + 1)
                        + ", which is not an edge of the graph (edges are directed)";
            }
        }
        double walked = graph.pathCost(p);
        return Tolerance.DEFAULT.allows(r.cost(), walked) ? null
                : "the path " + names(p) + " costs " + NumberText.show(walked) + " but the result reports "
                        + NumberText.show(r.cost());
    }

    String names(List<Integer> nodes) {
        return nodes.stream().map(names::apply).toList().toString();
    }
}
