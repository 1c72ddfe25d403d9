package course.localsearch;

import java.util.List;

import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Arbitraries for the hidden properties: small boards, beams and populations that shrink toward readable ones. */
final class Generators {

    private Generators() {
    }

    /** Boards of {@code minN..maxN} columns, any rows. */
    static Arbitrary<Board> boards(int minN, int maxN) {
        return Arbitraries.integers().between(minN, maxN)
                .flatMap(n -> CourseArbitraries.queens(n).map(Board::of));
    }

    /** Lists of {@code minSize..maxSize} boards, all with the same number of columns in {@code minN..maxN}. */
    static Arbitrary<List<Board>> sameSize(int minN, int maxN, int minSize, int maxSize) {
        return Arbitraries.integers().between(minN, maxN).flatMap(n -> CourseArbitraries.queens(n).map(Board::of)
                .list().ofMinSize(minSize).ofMaxSize(maxSize));
    }
}
