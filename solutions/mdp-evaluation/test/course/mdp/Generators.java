package course.mdp;

import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: small random MDPs with a random stochastic or deterministic policy. */
final class Generators {

    private Generators() {
    }

    /** An MDP and the policy to evaluate; printed readably in a counterexample. */
    record Case(Mdp mdp, Policy pi) {
        @Override
        public String toString() {
            return "\n" + mdp + "\n" + pi;
        }
    }

    /**
     * MDPs with 1 to 5 states, 1 to 4 actions per state (a state is terminal with probability
     * {@code terminalChance}; state 0 never is), sparse random transitions, rewards in [-5, 5] that depend on the
     * next state, gamma in [minGamma, maxGamma]; the policy is random and, where a state has two or more actions,
     * almost never uniform.
     */
    static Arbitrary<Case> cases(double minGamma, double maxGamma, double terminalChance) {
        return Combinators.combine(Arbitraries.integers().between(1, 5), gammas(minGamma, maxGamma),
                        Arbitraries.longs())
                .as((n, gamma, seed) -> build(n, gamma, seed, terminalChance, false));
    }

    /** Deterministic MDPs (every action leads to one next state) with a deterministic policy. */
    static Arbitrary<Case> deterministicCases() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), gammas(0, 0.95), Arbitraries.longs())
                .as((n, gamma, seed) -> build(n, gamma, seed, 0.15, true));
    }

    /** Vectors of {@code n} values in [-10, 10]. */
    static double[] vector(int n, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (rnd.nextInt(2001) - 1000) / 100.0;
        }
        return v;
    }

    private static Arbitrary<Double> gammas(double min, double max) {
        return min == max ? Arbitraries.just(min) : Arbitraries.doubles().between(min, max).ofScale(2);
    }

    private static Case build(int n, double gamma, long seed, double terminalChance, boolean deterministic) {
        Random rnd = new Random(seed);
        double[][][] p = new double[n][][];
        double[][][] r = new double[n][][];
        double[][] pi = new double[n][];
        int[] chosen = new int[n];
        for (int s = 0; s < n; s++) {
            int actions = s > 0 && rnd.nextDouble() < terminalChance ? 0 : 1 + rnd.nextInt(4);
            p[s] = new double[actions][n];
            r[s] = new double[actions][n];
            for (int a = 0; a < actions; a++) {
                if (deterministic) {
                    p[s][a][rnd.nextInt(n)] = 1;
                } else {
                    int[] w = new int[n];
                    int total = 0;
                    for (int next = 0; next < n; next++) {
                        w[next] = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(3);
                        total += w[next];
                    }
                    if (total == 0) {
                        w[rnd.nextInt(n)] = 1;
                        total = 1;
                    }
                    for (int next = 0; next < n; next++) {
                        p[s][a][next] = (double) w[next] / total;
                    }
                }
                for (int next = 0; next < n; next++) {
                    r[s][a][next] = (rnd.nextInt(101) - 50) / 10.0;
                }
            }
            pi[s] = new double[actions];
            chosen[s] = actions == 0 ? -1 : rnd.nextInt(actions);
            int total = 0;
            int[] w = new int[actions];
            for (int a = 0; a < actions; a++) {
                w[a] = rnd.nextInt(5) == 0 ? 0 : 1 + rnd.nextInt(6);
                total += w[a];
            }
            if (total == 0 && actions > 0) {
                w[chosen[s]] = 1;
                total = 1;
            }
            for (int a = 0; a < actions; a++) {
                pi[s][a] = (double) w[a] / total;
            }
        }
        Mdp mdp = Mdp.of(p, r, gamma);
        return new Case(mdp, deterministic ? Policy.deterministic(mdp, chosen) : Policy.of(pi));
    }
}
