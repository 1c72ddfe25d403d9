package course.demo;

/** A given support class. */
public record Pair(int left, int right) {
    public int sum() {
        return Arith.add(left, right);
    }
}
