package org.aibasis.grader.run;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates the worker's result lines: each line is {@code <tag> <json>}, where the tag is an HMAC-SHA256,
 * under a key only the supervisor and the worker hold, of the line's sequence number and its JSON.
 *
 * <p>Student code runs in the worker, so it may find a way to the worker's standard output; it cannot find the
 * key (the supervisor passes it on the worker's standard input before any student class exists, and the worker
 * keeps it only inside a {@link Mac}). A line it writes fails {@link #open}; so does a genuine line replayed, dropped
 * or reordered, because the sequence number is part of what the tag covers. One instance per direction.
 */
public final class LineSeal {
    /** As long as the tag, the least RFC 2104 recommends. */
    public static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final Mac mac;
    private long sequence;

    /** Takes the key and overwrites the caller's array with zeros. */
    public LineSeal(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key must have " + KEY_BYTES + " bytes, has " + key.length);
        }
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The line to send for {@code json} (which must not contain a line break). */
    public synchronized String seal(String json) {
        return HEX.formatHex(tag(json)) + " " + json;
    }

    /** The JSON of a line received, if its tag is the next one expected; empty if the line was not sealed so. */
    public synchronized Optional<String> open(String line) {
        int space = line.indexOf(' ');
        if (space != mac.getMacLength() * 2) {
            return Optional.empty();
        }
        byte[] claimed;
        try {
            claimed = HEX.parseHex(line, 0, space);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String json = line.substring(space + 1);
        return MessageDigest.isEqual(claimed, tag(json)) ? Optional.of(json) : Optional.empty();
    }

    private byte[] tag(String json) {
        mac.update((sequence++ + "\n").getBytes(StandardCharsets.UTF_8));
        return mac.doFinal(json.getBytes(StandardCharsets.UTF_8));
    }
}
