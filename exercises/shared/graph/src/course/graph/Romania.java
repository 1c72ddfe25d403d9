package course.graph;

import java.util.List;

/**
 * The road map of Romania from Russell and Norvig, "Artificial Intelligence: A Modern Approach" (Figure 3.1),
 * with the straight-line distances to Bucharest (Figure 3.16) as a heuristic.
 *
 * <p>Every road is two directed edges of the same length. Nodes are the cities in alphabetical order.
 */
public final class Romania {

    /** City names; the index of a name is its node. */
    public static final List<String> CITIES = List.of(
            "Arad", "Bucharest", "Craiova", "Drobeta", "Eforie", "Fagaras", "Giurgiu", "Hirsova", "Iasi", "Lugoj",
            "Mehadia", "Neamt", "Oradea", "Pitesti", "Rimnicu Vilcea", "Sibiu", "Timisoara", "Urziceni", "Vaslui",
            "Zerind");

    /** Straight-line distance from each city (same order as {@link #CITIES}) to Bucharest. */
    private static final double[] STRAIGHT_LINE_TO_BUCHAREST = {
        366, 0, 160, 242, 161, 176, 77, 151, 226, 244, 241, 234, 380, 100, 193, 253, 329, 80, 199, 374,
    };

    private static final Graph GRAPH = Graph.builder(CITIES.size())
            .road(node("Arad"), node("Zerind"), 75)
            .road(node("Arad"), node("Sibiu"), 140)
            .road(node("Arad"), node("Timisoara"), 118)
            .road(node("Zerind"), node("Oradea"), 71)
            .road(node("Oradea"), node("Sibiu"), 151)
            .road(node("Timisoara"), node("Lugoj"), 111)
            .road(node("Lugoj"), node("Mehadia"), 70)
            .road(node("Mehadia"), node("Drobeta"), 75)
            .road(node("Drobeta"), node("Craiova"), 120)
            .road(node("Craiova"), node("Rimnicu Vilcea"), 146)
            .road(node("Craiova"), node("Pitesti"), 138)
            .road(node("Sibiu"), node("Fagaras"), 99)
            .road(node("Sibiu"), node("Rimnicu Vilcea"), 80)
            .road(node("Rimnicu Vilcea"), node("Pitesti"), 97)
            .road(node("Fagaras"), node("Bucharest"), 211)
            .road(node("Pitesti"), node("Bucharest"), 101)
            .road(node("Bucharest"), node("Giurgiu"), 90)
            .road(node("Bucharest"), node("Urziceni"), 85)
            .road(node("Urziceni"), node("Hirsova"), 98)
            .road(node("Hirsova"), node("Eforie"), 86)
            .road(node("Urziceni"), node("Vaslui"), 142)
            .road(node("Vaslui"), node("Iasi"), 92)
            .road(node("Iasi"), node("Neamt"), 87)
            .build();

    private Romania() {
    }

    /** The road map. */
    public static Graph graph() {
        return GRAPH;
    }

    /** The node of a city, e.g. {@code node("Arad")}. */
    public static int node(String city) {
        int i = CITIES.indexOf(city);
        if (i < 0) {
            throw new IllegalArgumentException("no city called '" + city + "' (cities: " + CITIES + ")");
        }
        return i;
    }

    /** The name of a node. */
    public static String city(int node) {
        return CITIES.get(GRAPH.checkNode(node));
    }

    /** The straight-line distance to Bucharest: admissible and consistent for the goal Bucharest. */
    public static Heuristic straightLineToBucharest() {
        return Heuristic.of(STRAIGHT_LINE_TO_BUCHAREST);
    }
}
