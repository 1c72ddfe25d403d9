package course.kvcache;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cache of one attention layer during decoding: entry {@code t} belongs to the token at position {@code t}.
 * Entries can only be appended, never changed or removed.
 *
 * @param <E> what is cached per token
 */
public final class KvCache<E extends CacheEntry> {

    private final List<E> entries = new ArrayList<>();

    /** Appends the entry of the next token (its position is the current {@link #size()}). */
    public void append(E entry) {
        entries.add(Objects.requireNonNull(entry, "entry"));
    }

    /** Returns the number of cached tokens. */
    public int size() {
        return entries.size();
    }

    /**
     * Returns the entry of the token at {@code position}.
     *
     * @throws IndexOutOfBoundsException if no token at that position is cached
     */
    public E get(int position) {
        return entries.get(Objects.checkIndex(position, entries.size()));
    }

    /** Returns the entries in position order (a copy). */
    public List<E> entries() {
        return List.copyOf(entries);
    }

    /** Returns the number of floating-point numbers held by all entries. */
    public long floats() {
        return entries.stream().mapToLong(CacheEntry::floats).sum();
    }
}
