package org.aibasis.grader.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

import net.jqwik.api.lifecycle.LifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * A jqwik hook registered globally (through {@code META-INF/services}) that applies to every property of every
 * container: what the grader's hooks share, so that none of them can forget half of it.
 */
public interface EveryPropertyHook extends LifecycleHook {
    @Override
    default PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    default boolean appliesTo(Optional<AnnotatedElement> element) {
        return true;
    }
}
