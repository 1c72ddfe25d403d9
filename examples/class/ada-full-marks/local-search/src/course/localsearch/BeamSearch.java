package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.function.Function;

public final class BeamSearch {

    private BeamSearch() {
    }

    private static void check(List<Board> beam, int maxSteps) {
        if (beam.isEmpty() || maxSteps < 0) {
            throw new IllegalArgumentException("empty beam or negative maxSteps");
        }
        for (Board b : beam) {
            if (b.size() != beam.get(0).size()) {
                throw new IllegalArgumentException("boards of different sizes");
            }
        }
    }

    private static Board solutionIn(List<Board> boards) {
        for (Board b : boards) {
            if (Queens.attackingPairs(b) == 0) {
                return b;
            }
        }
        return null;
    }

    private static BeamResult search(List<Board> beam, int maxSteps, Function<List<Board>, List<Board>> next) {
        check(beam, maxSteps);
        List<List<Board>> history = new ArrayList<>();
        history.add(beam);
        Board found = solutionIn(beam);
        int step = 0;
        while (found == null && step < maxSteps) {
            List<Board> pool = new ArrayList<>();
            for (Board b : history.get(history.size() - 1)) {
                pool.addAll(b.neighbors());
            }
            found = solutionIn(pool);
            if (found == null) {
                history.add(next.apply(pool));
            }
            step++;
        }
        if (found == null) {
            List<Board> last = history.get(history.size() - 1);
            found = last.get(0);
            for (Board b : last) {
                if (Queens.attackingPairs(b) < Queens.attackingPairs(found)) {
                    found = b;
                }
            }
        }
        return new BeamResult(history, found);
    }

    public static BeamResult localBeam(List<Board> beam, int maxSteps) {
        int k = beam.size();
        return search(beam, maxSteps, pool -> {
            List<Board> kept = new ArrayList<>();
            int limit = pool.get(0).size() * pool.get(0).size();
            for (int h = 0; h <= limit && kept.size() < k; h++) {
                for (Board b : pool) {
                    if (kept.size() < k && Queens.attackingPairs(b) == h && !kept.contains(b)) {
                        kept.add(b);
                    }
                }
            }
            return kept;
        });
    }

    public static double[] softmax(List<Board> boards, double temperature) {
        if (boards.isEmpty() || Double.isNaN(temperature) || temperature <= 0 || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("no boards or a bad temperature");
        }
        double[] logits = new double[boards.size()];
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = -Queens.attackingPairs(boards.get(i)) / temperature;
            top = Math.max(top, logits[i]);
        }
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.exp(logits[i] - top);
            total += logits[i];
        }
        for (int i = 0; i < logits.length; i++) {
            logits[i] /= total;
        }
        return logits;
    }

    public static BeamResult stochasticBeam(List<Board> beam, double temperature, int maxSteps,
                                            RandomGenerator rng) {
        int k = beam.size();
        return search(beam, maxSteps, pool -> {
            double[] p = softmax(pool, temperature);
            List<Board> drawn = new ArrayList<>();
            while (drawn.size() < k) {
                drawn.add(pool.get(Genetic.select(p, rng)));
            }
            return drawn;
        });
    }
}
