package org.aibasis.grader.cli;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One of {@code count} parts of a class, numbered from 0 as Kubernetes' {@code JOB_COMPLETION_INDEX} is: the
 * submissions at positions {@code index, index + count, ...} of the class's sorted list, so that every part is
 * within one submission of the same size and the same class folder always splits the same way.
 *
 * @param index this part, {@code 0 <= index < count}
 * @param count how many parts
 */
record Shard(int index, int count) {
    /** The file a sharded batch writes next to its gradebook, for {@code merge} to check that no part is missing. */
    static final String MANIFEST = "shard.json";

    Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new Errors.UsageException("--shard must be INDEX/COUNT with 0 <= INDEX < COUNT (INDEX counts from "
                    + "0, as JOB_COMPLETION_INDEX does), was " + index + "/" + count);
        }
    }

    /** Parses {@code INDEX/COUNT}. */
    static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,6}") || !parts[1].matches("[0-9]{1,6}")) {
            throw new Errors.UsageException("--shard must be INDEX/COUNT, such as 0/4 (INDEX counts from 0), was '"
                    + text + "'");
        }
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** This part's items, in their order. */
    <T> List<T> of(List<T> all) {
        return IntStream.range(0, all.size()).filter(i -> i % count == index).mapToObj(all::get).toList();
    }
}
