package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.aibasis.reports.ReportFiles;

/**
 * What a sharded batch wrote: which part of how many, of a class of how many submissions, and how many results.
 *
 * @param index     the part, from 0
 * @param count     how many parts the class was split into
 * @param classSize submissions in the whole class
 * @param results   results this part wrote
 */
record ShardManifest(int index, int count, int classSize, int results) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static void write(Path dir, ShardManifest manifest) throws IOException {
        ReportFiles.writeAtomically(dir.resolve(Shard.MANIFEST), JSON.writeValueAsString(manifest) + "\n");
    }

    /** The manifest in {@code dir}, with a clear message naming the file when it is missing or unreadable. */
    static ShardManifest read(Path dir) {
        Path file = dir.resolve(Shard.MANIFEST);
        try {
            return JSON.readValue(file.toFile(), ShardManifest.class);
        } catch (IOException e) {
            throw new Errors.UsageException(file + ": " + (file.toFile().exists() ? "not a shard manifest ("
                    + e.getClass().getSimpleName() + ")" : "missing") + "; give merge the --out folders of "
                    + "batch --shard runs");
        }
    }
}
