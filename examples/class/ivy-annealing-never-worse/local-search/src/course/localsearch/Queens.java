package course.localsearch;

public final class Queens {

    private Queens() {
    }

    public static int attackingPairs(Board board) {
        int[] q = board.rows();
        int pairs = 0;
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < i; j++) {
                boolean sameRow = q[i] == q[j];
                boolean sameDiagonal = q[i] - q[j] == i - j || q[i] - q[j] == j - i;
                if (sameRow || sameDiagonal) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    public static int fitness(Board board) {
        return board.pairs() - attackingPairs(board);
    }
}
