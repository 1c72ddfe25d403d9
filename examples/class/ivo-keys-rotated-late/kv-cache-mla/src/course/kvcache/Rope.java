package course.kvcache;

/** Ivo's RoPE. */
public final class Rope {

    public static final double BASE = 10000;

    private Rope() {
    }

    public static double[] rotate(double[] x, int position) {
        if (x.length == 0 || (x.length & 1) != 0) {
            throw new IllegalArgumentException("odd or empty vector");
        }
        if (position < 0) {
            throw new IllegalArgumentException("negative position");
        }
        double[] r = x.clone();
        int half = x.length / 2;
        for (int i = 0; i < half; i++) {
            double a = position * Math.exp(-Math.log(BASE) * 2 * i / x.length);
            double u = x[2 * i];
            double v = x[2 * i + 1];
            r[2 * i] = u * Math.cos(a) - v * Math.sin(a);
            r[2 * i + 1] = u * Math.sin(a) + v * Math.cos(a);
        }
        return r;
    }
}
