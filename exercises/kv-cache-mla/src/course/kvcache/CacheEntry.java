package course.kvcache;

/** What a decoder keeps in its cache for one past token. */
public sealed interface CacheEntry permits MhaEntry, MlaEntry {

    /** The number of floating-point numbers this entry holds. */
    int floats();
}
