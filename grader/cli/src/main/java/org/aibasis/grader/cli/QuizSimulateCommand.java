package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.json.AttemptJson;
import org.aibasis.quiz.simulation.ClassSimulation;
import org.aibasis.reports.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quiz simulate}: answers files of a seeded simulated class, with problems planted for the demo. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Write DIR/<student>.json: the answers of a simulated class taking QUIZ (a two-parameter "
                + "item-response model with abilities spread over the class), with wrong keys and dead distractors "
                + "planted in single-choice questions, and list what was planted. `grader quiz grade QUIZ DIR` then "
                + "shows what the class report flags.",
                "Everything follows from --seed: the same arguments give the same files."})
final class QuizSimulateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "QUIZ", description = "A bank id or a quiz definition's id.")
    String quiz;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the answers files.")
    Path out;

    @Option(names = "--students", paramLabel = "N", defaultValue = "40",
            description = "Students in the class. Default: ${DEFAULT-VALUE}.")
    int students;

    @Option(names = "--wrong-keys", paramLabel = "N", defaultValue = "2",
            description = "Questions whose key is planted wrong. Default: ${DEFAULT-VALUE}.")
    int wrongKeys;

    @Option(names = "--dead-distractors", paramLabel = "N", defaultValue = "2",
            description = "Questions with a wrong option nobody chooses. Default: ${DEFAULT-VALUE}.")
    int deadDistractors;

    @Option(names = "--seed", paramLabel = "TEXT", defaultValue = GradingOptions.DEFAULT_SEED,
            description = "Base of the simulation's random numbers; the same seed gives the same class. "
                    + "Default: ${DEFAULT-VALUE}.")
    String seed;

    @Override
    public Integer call() throws IOException {
        QuizLibrary library = QuizLibrary.load(common.quizzes());
        if (library.quiz(quiz).isEmpty()) {
            throw new Errors.UsageException("unknown quiz '" + quiz + "' (known: " + String.join(", ",
                    library.quizzes().stream().map(q -> q.id()).toList()) + ")");
        }
        ClassSimulation.SimulatedClass simulated;
        try {
            simulated = ClassSimulation.simulate(library, quiz, students, seed, wrongKeys,
                    deadDistractors);
        } catch (IllegalArgumentException e) {
            throw new Errors.UsageException(e.getMessage());
        }
        for (ClassSimulation.Student s : simulated.students()) {
            ReportFiles.writeAtomically(out.resolve(s.attempt().student() + ".json"),
                    AttemptJson.writeResponses(s.attempt(), s.responses()));
        }
        System.out.println("Wrote " + simulated.students().size() + " answers files to " + out.toAbsolutePath()
                + " (seed " + seed + "). Planted:");
        for (ClassSimulation.Planted p : simulated.planted()) {
            System.out.println("  " + p.questionId() + ": " + switch (p) {
                case ClassSimulation.Planted.WrongKey w -> "wrong key (the students who know choose "
                        + w.believed() + ")";
                case ClassSimulation.Planted.DeadDistractor d -> "dead distractor " + d.optionId();
            });
        }
        return 0;
    }
}
