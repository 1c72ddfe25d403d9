package org.aibasis.quiz.variant;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable seeds. Every seed is the first 8 bytes (big-endian, as a signed long) of the SHA-256 of a UTF-8 string:
 * <ul>
 *   <li>the attempt's seed: {@code SHA-256("<student>|<quiz>|<attempt>")}, e.g. {@code "s001|midterm|1"};</li>
 *   <li>a question's sub-seed: {@code SHA-256("<attempt seed>|<bank>/<question id>")} (seed in decimal), so
 *       a question's variant does not depend on the other questions of the quiz;</li>
 *   <li>a purpose's stream: {@code SHA-256("<seed>|<purpose>")}, e.g. purpose {@code params} or
 *       {@code shuffle} for a question, {@code draw-<i>} for the i-th pool of a quiz.</li>
 * </ul>
 * SHA-256 and the UTF-8 encoding are fixed by their standards, so seeds do not change with the JDK.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed of an attempt. */
    public static long attempt(String student, String quiz, int attempt) {
        return hash(student + "|" + quiz + "|" + attempt);
    }

    /** The sub-seed of one question of an attempt. */
    public static long question(long attemptSeed, String bank, String questionId) {
        return hash(attemptSeed + "|" + bank + "/" + questionId);
    }

    /** A seed for one purpose, derived from another seed. */
    public static long derive(long seed, String purpose) {
        return hash(seed + "|" + purpose);
    }

    /** First 8 bytes of SHA-256 of the UTF-8 bytes of {@code text}. */
    public static long hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
