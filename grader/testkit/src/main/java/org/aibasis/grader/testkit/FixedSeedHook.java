package org.aibasis.grader.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every property that sets no seed of its own a seed derived from the grader's seed base and the
 * property's class and method, so that grading the same submission twice generates the same inputs, and
 * every student is tested on the same inputs.
 *
 * <p>Registered globally through {@code META-INF/services}; inactive until the grader's worker sets a seed base
 * (or, outside the grader, e.g. in the mutation profile, the system property {@value #PROPERTY} gives one), so
 * that it does not change property tests elsewhere.
 */
public final class FixedSeedHook implements AroundPropertyHook, EveryPropertyHook {
    /** The system property that activates the hook outside the grader's worker. */
    public static final String PROPERTY = "aibasis.seed";

    private static volatile String seedBase = System.getProperty(PROPERTY, "");

    /** Derives every later property's seed from {@code base}; empty switches the hook off. */
    public static void activate(String base) {
        seedBase = base;
    }

    /** The seed of one property: stable across JVMs and platforms (SHA-256, not hashCode). */
    public static long seedFor(String base, String className, String methodName) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((base + "|" + className + "#" + methodName).getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = (seed << 8) | (d[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String base = seedBase;
        if (!base.isEmpty() && context.attributes().seed().isEmpty()) {
            context.attributes().setSeed(Long.toString(seedFor(base,
                    context.containerClass().getName(), context.targetMethod().getName())));
        }
        return property.execute();
    }

    @Override
    public int aroundPropertyProximity() {
        // outermost: the seed must be in place before any other hook or the generator sees the attributes
        return -1000;
    }
}
