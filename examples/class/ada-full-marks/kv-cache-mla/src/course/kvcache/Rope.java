package course.kvcache;

/** Ada's RoPE: each pair is a complex number multiplied by e^(i m theta). */
public final class Rope {

    public static final double BASE = 10000;

    private Rope() {
    }

    public static double[] rotate(double[] x, int position) {
        if (x.length < 2 || x.length % 2 == 1 || position < 0) {
            throw new IllegalArgumentException("need an even, non-empty vector and a position >= 0");
        }
        double[] y = new double[x.length];
        for (int p = 0; p < x.length; p += 2) {
            double theta = 1.0 / Math.pow(BASE, (double) p / x.length);
            double re = Math.cos(position * theta);
            double im = Math.sin(position * theta);
            y[p] = x[p] * re - x[p + 1] * im;
            y[p + 1] = x[p] * im + x[p + 1] * re;
        }
        return y;
    }
}
