package course.moe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A first check of the load functions on a batch of three tokens over three experts (top-1). */
class LoadBalancePublicTests {

    private static Route to(int expert) {
        return new Route(List.of(), List.of(expert), List.of(1.0));
    }

    @Test
    void countsAndFractions() {
        List<Route> routes = List.of(to(0), to(0), to(2));
        assertThat(LoadBalance.expertCounts(routes, 3)).containsExactly(2, 0, 1);
        assertThat(LoadBalance.loadFractions(routes, 3)).containsExactly(new double[] {2.0 / 3, 0, 1.0 / 3},
                within(1e-12));
    }

    @Test
    void uniformRoutingCostsAlpha() {
        double[] third = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        assertThat(LoadBalance.balanceLoss(third, third, 0.01)).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void overloadedExpertsLoseBias() {
        // counts (2, 0, 1), mean 1: expert 0 is overloaded, expert 1 idle, expert 2 exactly at the mean
        double[] next = LoadBalance.updateBias(new double[3], new int[] {2, 0, 1}, 0.1);
        assertThat(next).containsExactly(new double[] {-0.1, 0.1, 0}, within(1e-12));
    }
}
