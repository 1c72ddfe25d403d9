package org.aibasis.grader.run.worker;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Runs one trivial Jupiter test and one jqwik property before the worker reports ready, so that engine start-up
 * and class loading are not charged to the first student test's time limit.
 */
final class Warmup {
    private Warmup() {
    }

    static void run(Launcher launcher) {
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Sample.class))
                .configurationParameter("jqwik.database", "")
                .configurationParameter("jqwik.tries.default", "50")
                .build(), new TestExecutionListener() {
                });
    }

    /** Public so that both engines can discover it. */
    public static final class Sample {
        @Test
        void example() {
            org.assertj.core.api.Assertions.assertThat(1 + 1).isEqualTo(2);
        }

        @Property
        boolean property(@ForAll int x) {
            return Integer.compare(x, x) == 0;
        }
    }
}
