package course.kvcache;

/** Ada's cache-size arithmetic. */
public final class CacheSize {

    private CacheSize() {
    }

    public static long mhaPerToken(int heads, int headDim, int layers) {
        return gqaPerToken(heads, headDim, layers);
    }

    public static long gqaPerToken(int groups, int headDim, int layers) {
        require(groups >= 1 && headDim >= 1 && layers >= 1);
        return 2L * groups * headDim * layers;
    }

    public static long mlaPerToken(int latentDim, int ropeDim, int layers) {
        require(latentDim >= 1 && ropeDim >= 0 && layers >= 1);
        return (long) layers * (latentDim + (long) ropeDim);
    }

    public static double equivalentGqaGroups(int latentDim, int ropeDim, int headDim) {
        require(latentDim >= 1 && ropeDim >= 0 && headDim >= 1);
        return (latentDim + (double) ropeDim) / (2.0 * headDim);
    }

    private static void require(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("sizes must be positive (the RoPE size may be 0)");
        }
    }
}
