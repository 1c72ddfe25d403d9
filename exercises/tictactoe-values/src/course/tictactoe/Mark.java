package course.tictactoe;

/** The two players' marks. X always moves first; the learning agent of this exercise plays X. */
public enum Mark {
    /** The first player: the agent. */
    X,
    /** The second player: the opponent, part of the agent's environment. */
    O
}
