package org.aibasis.grader.cli;

import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.run.TestListener;
import org.aibasis.grader.run.TestRef;

/** Advances a progress bar as tests finish. */
final class ProgressListener implements TestListener {
    private final Progress progress;

    ProgressListener(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void testFinished(TestRef test, Outcome outcome, String output) {
        progress.step(test.name() + " " + outcome.label());
    }
}
