package course.speculative;

import java.util.Arrays;
import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: table-driven language models, drafts of every quality, prompts. */
final class Generators {

    private Generators() {
    }

    /**
     * A model whose greedy choice depends on the last two tokens of the context (a missing token counts as -1):
     * {@code next = table[(last + 1) * (V + 1) + (secondLast + 1)]}.
     */
    record TableModel(int vocabulary, int[] table) implements NextToken {
        @Override
        public int next(List<Integer> context) {
            int n = context.size();
            int last = n > 0 ? context.get(n - 1) : -1;
            int second = n > 1 ? context.get(n - 2) : -1;
            return table[(last + 1) * (vocabulary + 1) + second + 1];
        }

        @Override
        public String toString() {
            return "table model over " + vocabulary + " tokens, next(.., a, b) = table[(b + 1) * " + (vocabulary + 1)
                    + " + a + 1], table = " + Arrays.toString(table);
        }
    }

    /** A target, a draft and a request. */
    record Case(TableModel target, NextToken draft, String draftKind, List<Integer> prompt, int newTokens,
                int lookahead) {
        @Override
        public String toString() {
            return "target: " + target + "\n  draft (" + draftKind + "): " + draft + "\n  prompt " + prompt + ", "
                    + newTokens + " new tokens, lookahead " + lookahead;
        }
    }

    static Arbitrary<TableModel> tables(int vocabulary) {
        return Arbitraries.integers().between(0, vocabulary - 1).list().ofSize((vocabulary + 1) * (vocabulary + 1))
                .map(xs -> new TableModel(vocabulary, xs.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Vocabularies of 2 to 5 tokens, random targets, and drafts that are perfect, the target with a few table
     * entries changed, an unrelated table, or constant; prompts of 0 to 3 tokens, 0 to 12 new tokens, lookahead 1
     * to 5.
     */
    static Arbitrary<Case> cases() {
        return CourseArbitraries.smallInts(2, 5).flatMap(v -> Combinators.combine(tables(v), tables(v),
                        Arbitraries.of("perfect", "noisy copy", "unrelated", "constant"),
                        Arbitraries.integers().between(0, v - 1).list().ofMaxSize(3).map(List::copyOf),
                        CourseArbitraries.smallInts(0, 12), CourseArbitraries.smallInts(1, 5))
                .as((target, other, kind, prompt, n, lookahead) -> new Case(target,
                        draft(kind, target, other), kind, prompt, n, lookahead)));
    }

    /** The same, with a perfect draft only. */
    static Arbitrary<Case> perfectDrafts() {
        return cases().map(c -> new Case(c.target(), c.target(), "perfect", c.prompt(), c.newTokens(),
                c.lookahead()));
    }

    private static NextToken draft(String kind, TableModel target, TableModel other) {
        return switch (kind) {
            case "perfect" -> target;
            case "noisy copy" -> {
                int[] table = target.table().clone();
                for (int i = 0; i < table.length; i += 3) {
                    table[i] = other.table()[i];
                }
                yield new TableModel(target.vocabulary(), table);
            }
            case "unrelated" -> other;
            default -> new NextToken() {
                @Override
                public int next(List<Integer> context) {
                    return other.table()[0];
                }

                @Override
                public String toString() {
                    return "always " + other.table()[0];
                }
            };
        };
    }
}
