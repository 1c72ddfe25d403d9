package course.tictactoe;

import static org.assertj.core.api.Assertions.assertThat;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The initial values on positions of generated games; a fresh agent's table holds them. */
class InitialValueProperties {

    @Provide
    Arbitrary<Board> position() {
        return Boards.positions();
    }

    @Property(tries = 100)
    @Points(1)
    @DependsOn("InitialValueTests.initialValuesFromTheRules")
    @Hint(value = "A new agent's table holds the initial values: value(b) = initialValue(b) for every position "
            + "(1 for X's line, 0 for O's line or a full board, 1/2 otherwise) until an update changes it.",
            zh = "新智能体的价值表存放的就是初始值：在被更新改变之前，对每个局面 value(b) = initialValue(b)"
                    + "（X 连线为 1，O 连线或棋盘已满为 0，否则为 1/2）。")
    void aNewTableHoldsTheInitialValues(@ForAll("position") Board b) {
        double expected = ReferenceAgent.rules(b);
        double initial = TicTacToeAgent.initialValue(b);
        double stored = new TicTacToeAgent(0.1, new java.util.SplittableRandom(1)).value(b);
        String problem = initial != expected ? "initialValue(" + b + ") is " + initial + " but should be " + expected
                : stored != expected ? "a new agent's value(" + b + ") is " + stored + " but should be the initial value "
                + expected : null;
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }
}
