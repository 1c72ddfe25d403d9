package org.aibasis.grader.run.worker;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the first bytes printed during a test and counts the rest: printing can never exhaust memory. */
final class BoundedOutput extends OutputStream {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private volatile int limit;
    private long dropped;

    BoundedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < limit) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int take = Math.max(0, Math.min(len, limit - kept.size()));
        kept.write(b, off, take);
        dropped += len - take;
    }

    /** What was printed since the last call, then starts afresh. */
    synchronized String drain(int newLimit) {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n[... " + dropped + " more bytes of output not shown]";
        }
        kept.reset();
        dropped = 0;
        limit = newLimit;
        return text;
    }
}
