package course.moe;

/** How a router turns one token's logits {@code z_i = u . e_i} into its affinities {@code s_i} to the experts. */
public enum Affinity {
    /** {@code s_i = exp(z_i) / sum_j exp(z_j)}: one distribution over the experts (Switch Transformer, DeepSeek-V2). */
    SOFTMAX,
    /** {@code s_i = 1 / (1 + exp(-z_i))}: one independent score in (0, 1) per expert (DeepSeek-V3). */
    SIGMOID
}
