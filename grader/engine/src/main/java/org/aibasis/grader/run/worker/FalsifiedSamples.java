package org.aibasis.grader.run.worker;

import java.lang.reflect.Array;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import net.jqwik.api.Shrinkable;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.FalsifiedSample;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.aibasis.grader.testkit.EveryPropertyHook;

/**
 * Keeps what jqwik found when a property was falsified (its seed, the shrunk sample and the sample before
 * shrinking), taken from the {@link PropertyExecutionResult} it hands to lifecycle hooks rather than from its
 * text report.
 *
 * <p>Registered globally through {@code META-INF/services}, and inert until the worker activates it, so that it
 * changes no property run elsewhere (the engine's own tests, the supervisor).
 */
public final class FalsifiedSamples implements AroundPropertyHook, EveryPropertyHook {
    /** Characters kept of one parameter's value. */
    private static final int MAX_VALUE = 1_000;
    /** Elements of an array shown before the rest is elided. */
    private static final int MAX_ELEMENTS = 100;

    private static volatile boolean active;
    private static final AtomicReference<Falsified> LAST = new AtomicReference<>();

    /**
     * A falsified property, ready to read.
     *
     * @param seed     the seed that generates the failing run again; empty if jqwik gave none
     * @param sample   the shrunk sample, one {@code name: value} line per parameter
     * @param original the sample before shrinking, in the same form; empty when shrinking changed nothing
     */
    record Falsified(String seed, String sample, String original) {
    }

    /** Starts keeping samples: called once by the worker. */
    static void activate() {
        active = true;
    }

    /** The sample of the property falsified since the last call, if any; clears it. */
    static Optional<Falsified> take() {
        return Optional.ofNullable(LAST.getAndSet(null));
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult result = property.execute();
        if (active && result.status() == PropertyExecutionResult.Status.FAILED) {
            Parameter[] names = context.targetMethod().getParameters();
            String shrunk = result.shrunkSample().map(s -> lines(names, s))
                    .or(() -> result.falsifiedParameters().map(p -> lines(names, p))).orElse("");
            String original = result.originalSample().map(s -> lines(names, s)).orElse("");
            if (!shrunk.isEmpty() || !original.isEmpty()) {
                LAST.set(new Falsified(result.seed().orElse(""), shrunk.isEmpty() ? original : shrunk,
                        original.equals(shrunk) ? "" : original));
            }
        }
        return result;
    }

    @Override
    public int aroundPropertyProximity() {
        // inside the fixed seed (-1000), outside every hook a test suite brings: it sees the final result
        return -900;
    }

    /** Fresh values from the shrinkables, so that what a test did to its arguments does not change the report. */
    private static String lines(Parameter[] names, FalsifiedSample sample) {
        List<Object> values = new ArrayList<>();
        try {
            for (Shrinkable<Object> s : sample.shrinkables()) {
                values.add(s.value());
            }
        } catch (RuntimeException e) {
            return lines(names, sample.parameters());
        }
        return values.isEmpty() ? lines(names, sample.parameters()) : lines(names, values);
    }

    private static String lines(Parameter[] names, List<Object> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String name = i < names.length ? names[i].getName() : "arg" + i;
            sb.append(sb.isEmpty() ? "" : "\n").append(name).append(": ").append(bounded(display(values.get(i))));
        }
        return sb.toString();
    }

    /** A value as a reader writes it: strings quoted, arrays in brackets; what its toString throws is named. */
    static String display(Object value) {
        try {
            return switch (value) {
                case null -> "null";
                case String s -> "\"" + s + "\"";
                case Character c -> "'" + c + "'";
                case Object a when a.getClass().isArray() -> array(a);
                default -> String.valueOf(value);
            };
        } catch (RuntimeException | StackOverflowError e) {
            return "(a " + value.getClass().getSimpleName() + " whose toString threw " + e.getClass().getSimpleName()
                    + ")";
        }
    }

    private static String array(Object a) {
        int n = Array.getLength(a);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Math.min(n, MAX_ELEMENTS); i++) {
            sb.append(i == 0 ? "" : ", ").append(display(Array.get(a, i)));
        }
        return sb.append(n > MAX_ELEMENTS ? ", ... (" + n + " elements)]" : "]").toString();
    }

    private static String bounded(String s) {
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE) + " ...";
    }
}
