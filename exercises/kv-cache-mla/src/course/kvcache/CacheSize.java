package course.kvcache;

/** The number of cached numbers per token for the attention variants of the DeepSeek-V2 report (Table 1). */
public final class CacheSize {

    private CacheSize() {
    }

    /**
     * Multi-head attention: every head's key and value in every layer, {@code 2 n_h d_h l}.
     *
     * @throws IllegalArgumentException if an argument is smaller than 1
     */
    public static long mhaPerToken(int heads, int headDim, int layers) {
        throw new UnsupportedOperationException("TODO mhaPerToken");
    }

    /**
     * Grouped-query attention: one key and value per group of heads, {@code 2 n_g d_h l} (MQA is one group).
     *
     * @throws IllegalArgumentException if an argument is smaller than 1
     */
    public static long gqaPerToken(int groups, int headDim, int layers) {
        throw new UnsupportedOperationException("TODO gqaPerToken");
    }

    /**
     * Multi-head latent attention: the latent and the shared RoPE key in every layer, {@code (d_c + d_h^R) l}.
     *
     * @throws IllegalArgumentException if {@code latentDim} or {@code layers} is smaller than 1, or
     *                                  {@code ropeDim} is negative
     */
    public static long mlaPerToken(int latentDim, int ropeDim, int layers) {
        throw new UnsupportedOperationException("TODO mlaPerToken");
    }

    /**
     * The number of GQA groups whose cache equals MLA's: {@code (d_c + d_h^R) / (2 d_h)}.
     *
     * @throws IllegalArgumentException as {@link #mlaPerToken} for the first two, and if {@code headDim < 1}
     */
    public static double equivalentGqaGroups(int latentDim, int ropeDim, int headDim) {
        throw new UnsupportedOperationException("TODO equivalentGqaGroups");
    }
}
