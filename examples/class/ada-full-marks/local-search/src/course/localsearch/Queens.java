package course.localsearch;

public final class Queens {

    private Queens() {
    }

    public static int attackingPairs(Board board) {
        int n = board.size();
        int count = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int rowGap = Math.abs(board.row(a) - board.row(b));
                if (rowGap == 0 || rowGap == b - a) {
                    count++;
                }
            }
        }
        return count;
    }

    public static int fitness(Board board) {
        int n = board.size();
        return n * (n - 1) / 2 - attackingPairs(board);
    }
}
