package course.tictactoe;

/** How a game ended, seen from X (the agent). */
public enum Outcome {
    /** X completed a line. */
    WIN,
    /** O completed a line. */
    LOSS,
    /** The board is full and nobody has a line. */
    DRAW
}
