package course.kvcache;

/** Ivo's cache sizes. */
public final class CacheSize {

    private CacheSize() {
    }

    private static void atLeastOne(int... values) {
        for (int v : values) {
            if (v < 1) {
                throw new IllegalArgumentException("must be at least 1: " + v);
            }
        }
    }

    public static long mhaPerToken(int heads, int headDim, int layers) {
        atLeastOne(heads, headDim, layers);
        return 2L * heads * headDim * layers;
    }

    public static long gqaPerToken(int groups, int headDim, int layers) {
        atLeastOne(groups, headDim, layers);
        return 2L * groups * headDim * layers;
    }

    public static long mlaPerToken(int latentDim, int ropeDim, int layers) {
        atLeastOne(latentDim, layers);
        if (ropeDim < 0) {
            throw new IllegalArgumentException("negative RoPE size");
        }
        return ((long) latentDim + ropeDim) * layers;
    }

    public static double equivalentGqaGroups(int latentDim, int ropeDim, int headDim) {
        return mlaPerToken(latentDim, ropeDim, 1) / (double) gqaPerToken(1, headDim, 1);
    }
}
