package course.speculative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A language model seen as a transformer is used in decoding: one {@link #forward} pass over a sequence gives the
 * model's next-token choice after every prefix of the part that is new, in parallel, and costs one call. The class
 * counts its calls.
 */
public final class Model {

    private final NextToken next;
    private final int vocabularySize;
    private int calls;

    /**
     * A model over the tokens {@code 0 .. vocabularySize - 1}.
     *
     * @throws IllegalArgumentException if {@code vocabularySize < 1}
     */
    public Model(NextToken next, int vocabularySize) {
        this.next = Objects.requireNonNull(next, "next");
        if (vocabularySize < 1) {
            throw new IllegalArgumentException("a vocabulary needs at least one token, got " + vocabularySize);
        }
        this.vocabularySize = vocabularySize;
    }

    /** Returns the number of tokens in the vocabulary. */
    public int vocabularySize() {
        return vocabularySize;
    }

    /** Returns the number of forward passes made so far. */
    public int calls() {
        return calls;
    }

    /**
     * One forward pass over {@code prefix + continuation}: returns {@code continuation.size() + 1} tokens, entry
     * {@code i} being the model's greedy choice after {@code prefix + continuation[0..i)}. With an empty continuation
     * this is simply the next token after the prefix.
     *
     * @throws IllegalArgumentException if a given token is outside the vocabulary
     * @throws IllegalStateException    if the model chooses a token outside its vocabulary
     */
    public List<Integer> forward(List<Integer> prefix, List<Integer> continuation) {
        List<Integer> context = new ArrayList<>(prefix);
        for (int token : context) {
            checkToken(token);
        }
        for (int token : continuation) {
            checkToken(token);
        }
        calls++;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i <= continuation.size(); i++) {
            int chosen = next.next(Collections.unmodifiableList(new ArrayList<>(context)));
            if (chosen < 0 || chosen >= vocabularySize) {
                throw new IllegalStateException("the model chose token " + chosen + ", outside its vocabulary 0.."
                        + (vocabularySize - 1));
            }
            out.add(chosen);
            if (i < continuation.size()) {
                context.add(continuation.get(i));
            }
        }
        return List.copyOf(out);
    }

    private void checkToken(int token) {
        if (token < 0 || token >= vocabularySize) {
            throw new IllegalArgumentException("token " + token + " is outside the vocabulary 0.."
                    + (vocabularySize - 1));
        }
    }
}
