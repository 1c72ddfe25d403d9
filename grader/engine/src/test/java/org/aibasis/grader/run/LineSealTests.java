package org.aibasis.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LineSealTests {
    private static byte[] key(int fill) {
        byte[] key = new byte[LineSeal.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedLineOpensOnceInOrder() {
        LineSeal worker = new LineSeal(key(7));
        LineSeal supervisor = new LineSeal(key(7));
        String first = worker.seal("{\"type\":\"ready\"}");
        String second = worker.seal("{\"type\":\"done\"}");
        assertThat(supervisor.open(first)).hasValue("{\"type\":\"ready\"}");
        assertThat(supervisor.open(second)).hasValue("{\"type\":\"done\"}");
        assertThat(supervisor.open(second)).as("replayed").isEmpty();
    }

    @Test
    void changedReorderedOrForeignLinesDoNotOpen() {
        LineSeal worker = new LineSeal(key(7));
        String line = worker.seal("{\"type\":\"finished\",\"outcome\":\"failed\"}");
        assertThat(new LineSeal(key(7)).open(line.replace("failed", "passed"))).isEmpty();
        assertThat(new LineSeal(key(8)).open(line)).as("another key").isEmpty();
        String later = worker.seal("{\"type\":\"done\"}");
        assertThat(new LineSeal(key(7)).open(later)).as("out of order").isEmpty();
        assertThat(new LineSeal(key(7)).open("{\"type\":\"done\"}")).as("no tag").isEmpty();
        assertThat(new LineSeal(key(7)).open("zz" + line.substring(2))).as("not hex").isEmpty();
    }

    @Test
    void theCallersKeyIsWiped() {
        byte[] key = key(7);
        new LineSeal(key);
        assertThat(key).containsOnly(0);
    }
}
