package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code quiz validate}: checks every bank and quiz definition. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every question bank (DIR/*.yaml) and quiz definition (DIR/quizzes/*.yaml).",
                "Prints each problem as file:line: message, then the questions and problems per file.",
                "Exit code 0 when everything is valid, 2 when there are problems."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every bank and quiz is valid",
                "2:there are problems (listed as file:line: message), or bad usage",
                Errors.INTERNAL_EXIT})
final class QuizValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "The quizzes folder. Default: quizzes/ of the course repository.")
    Optional<Path> dir = Optional.empty();

    @Override
    public Integer call() throws IOException {
        Path folder = dir.orElseGet(common::quizzes);
        if (!Files.isDirectory(folder)) {
            throw new Errors.UsageException(folder + " is not a folder (give the quizzes/ folder)");
        }
        QuizLibrary library = QuizLibrary.load(folder);
        for (Problem p : library.problems()) {
            System.out.println(p);
        }
        Map<Path, long[]> perFile = new LinkedHashMap<>(); // questions loaded, problems
        List<Path> files = new ArrayList<>(yaml(folder));
        files.addAll(yaml(folder.resolve("quizzes")));
        for (Path f : files) {
            perFile.put(f, new long[] {-1, 0});
        }
        for (Bank b : library.banks()) {
            perFile.computeIfAbsent(b.file(), f -> new long[2])[0] = b.questions().size();
        }
        for (Problem p : library.problems()) {
            perFile.computeIfAbsent(p.file(), f -> new long[] {-1, 0})[1]++;
        }
        if (!library.problems().isEmpty()) {
            System.out.println();
        }
        System.out.printf("%-44s %9s %8s%n", "file", "questions", "problems");
        for (Map.Entry<Path, long[]> e : perFile.entrySet()) {
            long[] n = e.getValue();
            boolean definition = e.getKey().startsWith(folder.resolve("quizzes"));
            String questions = definition ? "(quiz)" : n[0] < 0 ? "-" : Long.toString(n[0]);
            System.out.printf("%-44s %9s %8d%n", e.getKey(), questions, n[1]);
        }
        int banks = library.banks().size();
        int total = library.problems().size();
        System.out.println(total == 0
                ? "All valid: " + banks + " banks, " + (library.quizzes().size() - banks) + " quiz definition(s)."
                : total + (total == 1 ? " problem" : " problems") + " in " + perFile.values().stream()
                .filter(n -> n[1] > 0).count() + " files; a question with a problem is left out until it is fixed.");
        return total == 0 ? 0 : Errors.BAD_INPUT;
    }

    /** {@code path} relative to the current folder when it lies below it, else as given. */
    static Path display(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(here) && !abs.equals(here) ? here.relativize(abs) : path;
    }

    private static List<Path> yaml(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml")
                    || f.toString().endsWith(".yml"))).sorted().toList();
        }
    }
}
