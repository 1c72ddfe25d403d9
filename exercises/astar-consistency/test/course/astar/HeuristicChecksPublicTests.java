package course.astar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import course.graph.Heuristic;
import course.graph.Romania;

class HeuristicChecksPublicTests {

    private static final int BUCHAREST = Romania.node("Bucharest");

    @Test
    void straightLineDistanceOnTheRomaniaMap() {
        Heuristic sld = Romania.straightLineToBucharest();
        assertThat(HeuristicChecks.admissibilityViolation(Romania.graph(), BUCHAREST, sld)).isEmpty();
        assertThat(HeuristicChecks.consistencyViolation(Romania.graph(), BUCHAREST, sld)).isEmpty();

        Heuristic twice = node -> 2 * sld.h(node);
        Optional<Violation> v = HeuristicChecks.admissibilityViolation(Romania.graph(), BUCHAREST, twice);
        assertThat(v).as("2 * straight-line distance").isPresent();
        assertThat(v.get()).isInstanceOf(Violation.Overestimate.class);
        // Pitesti is 101 km from Bucharest by road, and 2 * 100 = 200 > 101
        Heuristic onlyPitesti = node -> node == Romania.node("Pitesti") ? 200 : 0;
        assertThat(HeuristicChecks.admissibilityViolation(Romania.graph(), BUCHAREST, onlyPitesti))
                .contains(new Violation.Overestimate(Romania.node("Pitesti"), 200, 101));
    }
}
