package course.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A first check of the router on one token you can route on paper.
 *
 * <pre>
 * 3 routed experts, 1 shared, top-2, sigmoid; logits (0, ln 3, -ln 3) give s = (0.5, 0.75, 0.25)
 * no bias:            top-2 = experts 0 and 1,  gates 0.5/1.25 = 0.4 and 0.75/1.25 = 0.6
 * bias (0, 0, 0.5):   s + b = (0.5, 0.75, 0.75): experts 1 and 2 (both ahead of expert 0),
 *                     gates from the unbiased s: 0.75/1.0 = 0.75 and 0.25/1.0 = 0.25
 * </pre>
 */
class RouterPublicTests {

    private static final RouterConfig CONFIG = new RouterConfig(3, 1, 2, Affinity.SIGMOID);
    private static final double[] LOGITS = {0, Math.log(3), -Math.log(3)};

    @Test
    void sigmoidAffinities() {
        assertThat(Router.affinities(LOGITS, Affinity.SIGMOID)).containsExactly(new double[] {0.5, 0.75, 0.25},
                within(1e-12));
    }

    @Test
    void routeWithoutBias() {
        Route route = Router.route(LOGITS, new double[3], CONFIG);
        assertThat(route.sharedExperts()).as("shared experts").containsExactly(0);
        assertThat(route.routedExperts()).as("routed experts").containsExactly(0, 1);
        assertThat(route.gates().get(0)).as("gate of expert 0 = 0.5 / 1.25").isCloseTo(0.4, within(1e-12));
        assertThat(route.gates().get(1)).as("gate of expert 1 = 0.75 / 1.25").isCloseTo(0.6, within(1e-12));
    }

    @Test
    void theBiasChoosesTheExpertsButNotTheGates() {
        Route route = Router.route(LOGITS, new double[] {0, 0, 0.5}, CONFIG);
        assertThat(route.routedExperts()).as("routed experts").containsExactly(1, 2);
        assertThat(route.gates().get(0)).as("gate of expert 1 = 0.75 / (0.75 + 0.25)").isCloseTo(0.75, within(1e-12));
        assertThat(route.gates().get(1)).as("gate of expert 2 = 0.25 / (0.75 + 0.25)").isCloseTo(0.25, within(1e-12));
    }
}
