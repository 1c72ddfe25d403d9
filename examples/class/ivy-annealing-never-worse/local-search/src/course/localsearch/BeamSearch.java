package course.localsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

public final class BeamSearch {

    private BeamSearch() {
    }

    private static void validate(List<Board> beam, int maxSteps) {
        if (beam.isEmpty() || maxSteps < 0 || beam.stream().map(Board::size).distinct().count() != 1) {
            throw new IllegalArgumentException("invalid beam or maxSteps");
        }
    }

    private static List<Board> successors(List<Board> beam) {
        List<Board> pool = new ArrayList<>();
        beam.forEach(b -> pool.addAll(b.neighbors()));
        return pool;
    }

    private static Board lowest(List<Board> boards) {
        Board best = boards.get(0);
        for (Board b : boards) {
            if (Queens.attackingPairs(b) < Queens.attackingPairs(best)) {
                best = b;
            }
        }
        return best;
    }

    public static BeamResult localBeam(List<Board> beam, int maxSteps) {
        validate(beam, maxSteps);
        List<List<Board>> beams = new ArrayList<>(List.of(beam));
        for (int step = 0; step <= maxSteps; step++) {
            List<Board> current = beams.get(beams.size() - 1);
            List<Board> candidates = step == 0 ? current : successors(beams.get(beams.size() - 1));
            Board best = lowest(candidates);
            if (Queens.attackingPairs(best) == 0) {
                return new BeamResult(beams, candidates.stream().filter(b -> Queens.attackingPairs(b) == 0)
                        .findFirst().orElseThrow());
            }
            if (step == 0) {
                continue;
            }
            List<Board> sorted = new ArrayList<>();
            for (Board b : candidates) {
                if (!sorted.contains(b)) {
                    sorted.add(b);
                }
            }
            sorted.sort((a, b) -> Integer.compare(Queens.attackingPairs(a), Queens.attackingPairs(b)));
            beams.add(sorted.subList(0, Math.min(beam.size(), sorted.size())));
        }
        return new BeamResult(beams, lowest(beams.get(beams.size() - 1)));
    }

    public static double[] softmax(List<Board> boards, double temperature) {
        if (boards.isEmpty() || !(temperature > 0) || temperature == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("invalid softmax arguments");
        }
        int min = boards.stream().mapToInt(Queens::attackingPairs).min().getAsInt();
        double[] w = boards.stream().mapToDouble(b -> Math.exp((min - Queens.attackingPairs(b)) / temperature))
                .toArray();
        double z = 0;
        for (double x : w) {
            z += x;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i] / z;
        }
        return w;
    }

    public static BeamResult stochasticBeam(List<Board> beam, double temperature, int maxSteps,
                                            RandomGenerator rng) {
        validate(beam, maxSteps);
        List<List<Board>> beams = new ArrayList<>(List.of(beam));
        if (Queens.attackingPairs(lowest(beam)) == 0) {
            return new BeamResult(beams, lowest(beam));
        }
        for (int step = 0; step < maxSteps; step++) {
            List<Board> pool = successors(beams.get(beams.size() - 1));
            for (Board b : pool) {
                if (Queens.attackingPairs(b) == 0) {
                    return new BeamResult(beams, b);
                }
            }
            double[] p = softmax(pool, temperature);
            List<Board> next = new ArrayList<>();
            for (int i = 0; i < beam.size(); i++) {
                next.add(pool.get(Genetic.select(p, rng)));
            }
            beams.add(next);
        }
        return new BeamResult(beams, lowest(beams.get(beams.size() - 1)));
    }
}
