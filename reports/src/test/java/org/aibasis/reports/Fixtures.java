package org.aibasis.reports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.aibasis.grader.model.Counterexample;
import org.aibasis.grader.model.Diagnostic;
import org.aibasis.grader.model.ExerciseInfo;
import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Outcome;
import org.aibasis.grader.model.SubmissionResult;
import org.aibasis.grader.model.TestResult;

/** Results for the tests: one submission with every status and outcome, and one full of hostile text. */
final class Fixtures {
    /** Text a student's code could print or throw to break a report. */
    static final String HOSTILE = "<script>alert('x')</script> </code></pre> ``` ```` `tick` =cmd|' /C calc'!A0 "
            + "& &amp; | ]]> \u001b[2J\u001b[31mred\u0000 \u202eevil";

    static final ExerciseInfo MDP = new ExerciseInfo("mdp-evaluation", "MDP policy evaluation",
            "reinforcement learning");
    static final ExerciseInfo ASTAR = new ExerciseInfo("astar-consistency", "A* and consistent heuristics", "search");
    static final ExerciseInfo ATTENTION = new ExerciseInfo("attention-scaling", "Scaled dot-product attention",
            "transformers");
    static final ExerciseInfo KNN = new ExerciseInfo("knn-hyperparameters", "KNN and cross-validation",
            "ML basics");

    private Fixtures() {
    }

    static TestResult passed(String name, double points) {
        return new TestResult(name, name, points, new Outcome.Passed(), Optional.empty(), "");
    }

    static TestResult test(String name, double points, Outcome outcome) {
        return new TestResult(name, name, points, outcome, outcome instanceof Outcome.Passed ? Optional.empty()
                : Optional.of("hint for " + name), "");
    }

    /** A graded exercise with one test of each outcome, a counterexample, output and a note. */
    static ExerciseResult gradedWithEveryOutcome() {
        return new ExerciseResult(MDP, new ExerciseStatus.Graded(), List.of(
                new TestResult("PolicyEvaluationTests.exactOnChain", "exact evaluation on a chain", 2,
                        new Outcome.Passed(), Optional.empty(), ""),
                new TestResult("PolicyEvaluationProperties.iterativeMatchesExact", "iterative matches exact", 3,
                        new Outcome.Failed("state 2: expected -1.75 but was 4.0", Optional.of(new Counterexample(
                                "mdp: Mdp[states=3]\ngamma: 0.9", "-4048877233920043478",
                                Optional.of("mdp: Mdp[states=17]\ngamma: 0.99")))),
                        Optional.of("Policy evaluation averages over the policy's actions."), "debug: v = [1, 2]\n"),
                new TestResult("PolicyEvaluationTests.qFromV", "q from v", 2.5,
                        new Outcome.Errored("java.lang.ArithmeticException: / by zero\n\tat PolicyEvaluation.q("
                                + "PolicyEvaluation.java:31)", Optional.empty()),
                        Optional.of("Check the discount factor."), ""),
                new TestResult("PolicyEvaluationTests.converges", "converges on a large MDP", 1.5,
                        new Outcome.TimedOut(Duration.ofMillis(2500)), Optional.of("Stop when the change is small."),
                        ""),
                new TestResult("PolicyEvaluationTests.vFromQ", "v from q", 1,
                        new Outcome.NotRun("the test did not run"), Optional.empty(), "")),
                List.of(new Diagnostic("mdp-evaluation/src/course/mdp/PolicyEvaluation.java", 0, 0,
                        "expected `double[] evaluate(Mdp, Policy, double)` in `PolicyEvaluation`; found "
                                + "`evaluate(Mdp, Policy)`", "")));
    }

    static ExerciseResult compileError() {
        return new ExerciseResult(ASTAR, new ExerciseStatus.CompileError(List.of(
                new Diagnostic("astar-consistency/src/course/search/AStar.java", 12, 17,
                        "cannot find symbol\n  symbol:   variable frontier", "\tint n = frontier.size();"),
                Diagnostic.general("1 error"))),
                List.of(new TestResult("AStarTests.findsShortestPath", "finds the shortest path", 4,
                                new Outcome.NotRun("the code did not compile"), Optional.of("Use a priority queue."),
                                ""),
                        new TestResult("AStarTests.reopens", "reopens closed nodes", 2,
                                new Outcome.NotRun("the code did not compile"), Optional.empty(), "")),
                List.of());
    }

    static ExerciseResult missing() {
        return new ExerciseResult(ATTENTION, new ExerciseStatus.Missing(
                "no file attention-scaling/src/course/attention/Attention.java in the submission"),
                List.of(new TestResult("AttentionTests.softmaxIsStable", "softmax is stable", 5,
                        new Outcome.NotRun("the exercise is not in the submission"), Optional.of("Subtract the max."),
                        "")),
                List.of());
    }

    static ExerciseResult rejected() {
        return new ExerciseResult(KNN, new ExerciseStatus.Rejected(List.of(
                new Diagnostic("knn-hyperparameters/src/course/knn/Knn.java", 40, 9,
                        "System.exit is not allowed in graded code", "        System.exit(1);"))),
                List.of(new TestResult("KnnTests.tieBreak", "tie-break by smallest label", 3,
                        new Outcome.NotRun("the code uses something graded code may not use"), Optional.empty(),
                        "")),
                List.of());
    }

    /** One submission with every status and every outcome. */
    static SubmissionResult everything() {
        return new SubmissionResult("ben-max-backup", List.of(gradedWithEveryOutcome(), compileError(), missing(),
                rejected()));
    }

    /** A submission whose every student-controlled text is {@link #HOSTILE}. */
    static SubmissionResult hostile() {
        Counterexample cx = new Counterexample("input: " + HOSTILE, "42", Optional.of("input: " + HOSTILE + "!"));
        ExerciseResult graded = new ExerciseResult(MDP, new ExerciseStatus.Graded(), List.of(
                new TestResult("Hostile.failed", HOSTILE, 1, new Outcome.Failed(HOSTILE, Optional.of(cx)),
                        Optional.of("hint " + HOSTILE), HOSTILE),
                new TestResult("Hostile.errored", "errored", 1, new Outcome.Errored(HOSTILE, Optional.empty()),
                        Optional.empty(), HOSTILE)),
                List.of(new Diagnostic(HOSTILE, 3, 2, HOSTILE, HOSTILE)));
        ExerciseResult broken = new ExerciseResult(ASTAR, new ExerciseStatus.CompileError(List.of(
                new Diagnostic("AStar.java", 1, 5, HOSTILE, HOSTILE))),
                List.of(new TestResult("AStarTests.x", "x", 1, new Outcome.NotRun(HOSTILE), Optional.empty(), "")),
                List.of());
        return new SubmissionResult("=cmd|' /C calc'!A0 <script>alert(1)</script>", List.of(graded, broken));
    }
}
