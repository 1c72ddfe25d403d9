package org.aibasis.similarity;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Token;
import de.jplag.exceptions.ExitException;
import de.jplag.java.JavaLanguage;
import de.jplag.options.JPlagOptions;
import org.aibasis.reports.similarity.SimilarityReport;

/**
 * Runs JPlag's Java module on the files students edit for one exercise, with the skeleton as base code so that the
 * code every student received does not count as similar.
 */
public final class Similarity {
    /** The tool as the report names it. */
    public static final String TOOL = "JPlag " + JPlag.JPLAG_VERSION + " (Java)";

    private Similarity() {
    }

    /**
     * A file of a submission or of the skeleton.
     *
     * @param path    its path (forward slashes), e.g. {@code src/course/bandit/Ucb.java}
     * @param content its text
     */
    public record CodeFile(String path, String content) {
        public CodeFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Compares every pair of {@code submissions} (name → edited files) of exercise {@code id}.
     *
     * @param base      the skeleton's versions of the edited files
     * @param threshold the similarity (0..1) from which a pair is reported
     * @param scratch   an empty folder for JPlag's input files
     */
    public static SimilarityReport.Exercise compare(String id, Map<String, List<CodeFile>> submissions,
                                                    List<CodeFile> base, double threshold, Path scratch)
            throws IOException {
        Map<String, List<CodeFile>> withCode = new java.util.TreeMap<>();
        submissions.forEach((name, files) -> {
            if (!files.isEmpty()) {
                withCode.put(name, files);
            }
        });
        if (withCode.size() < 2) {
            return new SimilarityReport.Exercise(id, withCode.size(), "Fewer than two submissions have files of "
                    + "this exercise: nothing to compare.", List.of());
        }
        // numbered folders: a student's name need not be a valid file name, and JPlag names submissions by folder
        Path root = Files.createDirectories(scratch.resolve("submissions"));
        Map<String, String> names = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, List<CodeFile>> e : withCode.entrySet()) {
            String folder = Integer.toString(i++);
            names.put(folder, e.getKey());
            write(root.resolve(folder), e.getValue());
        }
        Path baseDir = scratch.resolve("base");
        write(baseDir, base);
        JPlagOptions options = new JPlagOptions(new JavaLanguage(), Set.of(root.toFile()), Set.of())
                .withBaseCodeSubmissionDirectory(baseDir.toFile());
        JPlagResult result;
        try {
            result = JPlag.run(options);
        } catch (ExitException e) {
            return new SimilarityReport.Exercise(id, withCode.size(), "JPlag could not compare this exercise: "
                    + e.getMessage(), List.of());
        }
        List<SimilarityReport.Pair> pairs = new ArrayList<>();
        for (JPlagComparison c : result.getAllComparisons()) {
            if (c.similarity() >= threshold) {
                String first = names.get(c.firstSubmission().getName());
                String second = names.get(c.secondSubmission().getName());
                pairs.add(new SimilarityReport.Pair(first, second, c.similarity(), matches(c,
                        root.resolve(c.firstSubmission().getName()), root.resolve(c.secondSubmission().getName()))));
            }
        }
        pairs.sort(Comparator.comparingDouble(SimilarityReport.Pair::similarity).reversed()
                .thenComparing(SimilarityReport.Pair::first).thenComparing(SimilarityReport.Pair::second));
        return new SimilarityReport.Exercise(id, withCode.size(), "", pairs);
    }

    private static List<SimilarityReport.Match> matches(JPlagComparison c, Path firstRoot, Path secondRoot)
            throws IOException {
        List<Token> first = c.firstSubmission().getTokenList();
        List<Token> second = c.secondSubmission().getTokenList();
        List<SimilarityReport.Match> matches = new ArrayList<>();
        for (de.jplag.Match m : c.matches().stream().sorted(Comparator.comparingInt(de.jplag.Match::startOfFirst))
                .toList()) {
            matches.add(new SimilarityReport.Match(region(first, m.startOfFirst(), m.length(), firstRoot),
                    region(second, m.startOfSecond(), m.length(), secondRoot)));
        }
        return matches;
    }

    /** The lines the tokens {@code start .. start + length - 1} cover (a match never crosses a file's end). */
    private static SimilarityReport.Region region(List<Token> tokens, int start, int length, Path root)
            throws IOException {
        File file = tokens.get(start).getFile();
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (Token t : tokens.subList(start, start + length)) {
            from = Math.min(from, t.getLine());
            to = Math.max(to, t.getLine());
        }
        List<String> lines = Files.readAllLines(file.toPath(), StandardCharsets.UTF_8);
        int last = Math.min(to, lines.size());
        String text = String.join("\n", lines.subList(Math.max(0, from - 1), Math.max(from - 1, last)));
        return new SimilarityReport.Region(root.relativize(file.toPath()).toString().replace('\\', '/'), from, to,
                text);
    }

    private static void write(Path dir, List<CodeFile> files) throws IOException {
        Files.createDirectories(dir);
        for (CodeFile f : files) {
            Path target = dir.resolve(f.path()).normalize();
            if (!target.startsWith(dir)) {
                throw new IllegalArgumentException("a file path leaves its folder: " + f.path());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.content(), StandardCharsets.UTF_8);
        }
    }
}
