package course.speculative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A first check on a target that counts modulo 3 (after a comes a + 1 mod 3) and a draft that always says 0.
 *
 * <pre>
 * greedy after [0]:            1 2 0 1
 * speculative, lookahead 2:    round 1 proposes 0 0 after [0]; the target's choices after [0], [0 0], [0 0 0]
 *                              are 1 1 1: nothing agrees, take the target's 1
 *                              round 2 proposes 0 0 after [0 1]; choices 2 1 1: take 2
 *                              round 3 proposes 0 0 after [0 1 2]; choices 0 1 1: the first 0 agrees, then take 1
 * </pre>
 */
class SpeculativePublicTests {

    private static final NextToken COUNT = c -> (c.get(c.size() - 1) + 1) % 3;
    private static final NextToken ZERO = c -> 0;

    @Test
    void greedyCounts() {
        assertThat(SpeculativeDecoding.greedy(new Model(COUNT, 3), List.of(0), 4)).containsExactly(1, 2, 0, 1);
    }

    @Test
    void speculativeDecodingGivesTheTargetsOutput() {
        Model target = new Model(COUNT, 3);
        SpeculativeResult result = SpeculativeDecoding.speculative(target, new Model(ZERO, 3), List.of(0), 4, 2);
        assertThat(result.tokens()).containsExactly(1, 2, 0, 1);
        assertThat(target.calls()).as("target calls").isEqualTo(3);
        assertThat(result.accepted()).as("accepted proposals").isEqualTo(1);
    }

    @Test
    void mtpLossOfOneCertainPrediction() {
        // tokens 0 1 1: T = 2; depth 1 predicts t_2 = 1 at position 0 with probability 0.5: L = 0.1 * ln 2 / 2
        double loss = SpeculativeDecoding.mtpLoss(new double[][][] {{{0.5, 0.5}}}, new int[] {0, 1, 1}, 0.1);
        assertThat(loss).isCloseTo(0.1 * Math.log(2) / 2, within(1e-12));
    }
}
