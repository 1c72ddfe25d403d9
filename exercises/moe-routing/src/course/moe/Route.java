package course.moe;

import java.util.List;
import java.util.Objects;

/**
 * Where one token goes: the shared experts it always uses and the routed experts the router picked, each with its
 * gate (the weight its output gets). Experts are numbered from 0 within each kind: shared expert 0 and routed
 * expert 0 are different experts.
 *
 * @param sharedExperts the shared experts used, by index
 * @param routedExperts the routed experts selected, by index
 * @param gates         {@code gates.get(j)} is the gate of {@code routedExperts.get(j)}
 */
public record Route(List<Integer> sharedExperts, List<Integer> routedExperts, List<Double> gates) {

    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if there are not as many gates as routed experts
     */
    public Route {
        sharedExperts = List.copyOf(Objects.requireNonNull(sharedExperts, "sharedExperts"));
        routedExperts = List.copyOf(Objects.requireNonNull(routedExperts, "routedExperts"));
        gates = List.copyOf(Objects.requireNonNull(gates, "gates"));
        if (gates.size() != routedExperts.size()) {
            throw new IllegalArgumentException("one gate per routed expert: " + routedExperts.size()
                    + " experts but " + gates.size() + " gates");
        }
    }
}
