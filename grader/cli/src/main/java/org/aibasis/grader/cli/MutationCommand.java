package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.CourseException;
import org.aibasis.grader.course.Exercise;
import org.aibasis.reports.ReportFiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mutation}: the course authors' measure of test strength. For each exercise, PIT (pitest-maven with the
 * JUnit 5 plugin) mutates the reference solution and runs the hidden tests; a mutant that no test kills is a
 * change of the solution the tests cannot see.
 */
@Command(name = "mutation", mixinStandardHelpOptions = true,
        description = {"Mutate each exercise's reference solution with PIT and run its hidden tests on every mutant; "
                + "print killed / total per exercise and the surviving mutants.",
                "Needs Maven (it builds one generated project per exercise under --out) and a network or a "
                        + "filled ~/.m2 for PIT itself. Takes minutes per exercise.",
                "Exit codes: 0 every exercise reaches the target score; 1 some does not; 2 bad usage; "
                        + "3 the course or PIT failed."})
final class MutationCommand implements Callable<Integer> {
    /** EXERCISE-DONE.md: at least this share of mutants killed. */
    static final double TARGET = 0.90;
    private static final String README_HEADER = "| exercise | topic | what you implement | mutants killed |";

    @Mixin
    CommonOptions common;

    @Option(names = "--exercise", paramLabel = "ID", split = ",",
            description = "Only these exercises (repeatable or comma-separated; empty means all).")
    List<String> exercises = List.of();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "mutation-output",
            description = "Where the generated projects, PIT's reports and mutation-summary.json go. "
                    + "Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "PIT threads per exercise (1..16). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--update-readme", arity = "0..1", description = "Write each exercise's score into the 'mutants killed' column "
            + "of the exercise table in the course's README.md.")
    boolean updateReadme;

    /**
     * A surviving mutant.
     *
     * @param className   mutated class
     * @param method      mutated method
     * @param line        source line
     * @param mutator     PIT's mutator, short name
     * @param description what PIT changed
     * @param status      SURVIVED or NO_COVERAGE
     */
    record Survivor(String className, String method, int line, String mutator, String description, String status) {
    }

    /** One exercise's result. */
    record Score(String exercise, int killed, int total, List<Survivor> survivors) {
        double ratio() {
            return total == 0 ? 1 : (double) killed / total;
        }

        String percent() {
            return String.format(Locale.ROOT, "%.1f%%", 100 * ratio());
        }
    }

    @Override
    public Integer call() throws Exception {
        Course course = common.course();
        if (threads < 1 || threads > 16) {
            throw new Errors.UsageException("--threads must be between 1 and 16, was " + threads);
        }
        Set<String> only = Selection.exercises(course, exercises.stream().filter(s -> !s.isBlank()).toList());
        List<Exercise> chosen = course.exercises().stream().filter(e -> only.isEmpty() || only.contains(e.id()))
                .filter(e -> Files.isDirectory(e.hiddenTestDir())).toList();
        if (chosen.isEmpty()) {
            throw new Errors.UsageException("no exercise with hidden tests to mutate (solutions/ is missing?)");
        }
        Files.createDirectories(out);
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Exercise e = chosen.get(i);
            Path dir = out.resolve(e.id());
            Cleanup.delete(dir);
            MutationProject.write(e, course.home(), dir, common.seed, threads);
            System.err.printf("[%d/%d] mutating %s ...%n", i + 1, chosen.size(), e.id());
            long start = System.nanoTime();
            runPit(dir);
            Score s = read(e.id(), dir.resolve("target/pit-reports/mutations.xml"));
            scores.add(s);
            System.err.printf("[%d/%d] %s: %d of %d mutants killed (%s) in %ds%n", i + 1, chosen.size(), e.id(),
                    s.killed(), s.total(), s.percent(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        }
        print(scores);
        writeSummary(scores);
        if (updateReadme) {
            updateReadme(course.home().resolve("README.md"), scores);
        }
        return scores.stream().allMatch(s -> s.ratio() >= TARGET) ? 0 : 1;
    }

    private void runPit(Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("pit.log");
        ProcessBuilder pb = new ProcessBuilder(maven(), "-B", "-ntp", "-f", dir.resolve("pom.xml").toString(),
                "test-compile", "org.pitest:pitest-maven:" + MutationProject.PITEST_VERSION + ":mutationCoverage")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int code = pb.start().waitFor();
        if (code != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            throw new CourseException("PIT failed for " + dir.getFileName() + " (exit " + code + "); the end of "
                    + log + ":\n" + tail);
        }
    }

    /** Maven's launcher: the one running us under Maven, else {@code MAVEN_HOME}, else {@code mvn} on the PATH. */
    private static String maven() {
        for (String home : new String[] {System.getProperty("maven.home"), System.getenv("MAVEN_HOME")}) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
                return Path.of(home, "bin", "mvn").toString();
            }
        }
        return "mvn";
    }

    static Score read(String exercise, Path mutationsXml) throws Exception {
        if (!Files.isRegularFile(mutationsXml)) {
            throw new CourseException("PIT wrote no " + mutationsXml);
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList mutations = factory.newDocumentBuilder().parse(mutationsXml.toFile()).getElementsByTagName("mutation");
        int killed = 0;
        List<Survivor> survivors = new ArrayList<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element m = (Element) mutations.item(i);
            if (Boolean.parseBoolean(m.getAttribute("detected"))) {
                killed++;
            } else {
                String mutator = text(m, "mutator");
                survivors.add(new Survivor(text(m, "mutatedClass"), text(m, "mutatedMethod"),
                        Integer.parseInt(text(m, "lineNumber")), mutator.substring(mutator.lastIndexOf('.') + 1),
                        text(m, "description"), m.getAttribute("status")));
            }
        }
        return new Score(exercise, killed, mutations.getLength(), survivors);
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static void print(List<Score> scores) {
        System.out.printf("%-24s %8s %8s %8s%n", "exercise", "killed", "total", "score");
        for (Score s : scores) {
            System.out.printf("%-24s %8d %8d %8s%s%n", s.exercise(), s.killed(), s.total(), s.percent(),
                    s.ratio() >= TARGET ? "" : "  below " + (int) (100 * TARGET) + "%");
        }
        for (Score s : scores) {
            if (!s.survivors().isEmpty()) {
                System.out.println();
                System.out.println("Surviving mutants of " + s.exercise() + " (kill each with a test, or list it as "
                        + "equivalent in solutions/" + s.exercise() + "/RULES.md with the reason):");
                for (Survivor v : s.survivors()) {
                    System.out.printf("  %s.%s line %d: %s [%s]%s%n", simple(v.className()), v.method(), v.line(),
                            v.description(), v.mutator(), v.status().equals("SURVIVED") ? "" : " " + v.status());
                }
            }
        }
    }

    private void writeSummary(List<Score> scores) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Score s : scores) {
            json.put(s.exercise(), Map.of("killed", s.killed(), "total", s.total(), "score", s.ratio(),
                    "survivors", s.survivors()));
        }
        ReportFiles.writeAtomically(out.resolve("mutation-summary.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        System.out.println("Summary: " + out.toAbsolutePath().resolve("mutation-summary.json")
                + "; PIT's reports: " + out.toAbsolutePath().resolve("<exercise>/target/pit-reports/index.html"));
    }

    /** Rewrites the last cell of each measured exercise's row in the README's exercise table. */
    static void updateReadme(Path readme, List<Score> scores) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(readme, StandardCharsets.UTF_8));
        if (!lines.contains(README_HEADER)) {
            throw new CourseException(readme + " has no exercise table headed '" + README_HEADER + "'");
        }
        for (Score s : scores) {
            String start = "| `" + s.exercise() + "` |";
            Optional<Integer> row = java.util.stream.IntStream.range(0, lines.size()).boxed()
                    .filter(i -> lines.get(i).startsWith(start)).findFirst();
            if (row.isEmpty()) {
                System.err.println("warning: README.md's exercise table has no row for " + s.exercise());
                continue;
            }
            String line = lines.get(row.get());
            String body = line.substring(0, line.lastIndexOf('|', line.length() - 2) + 1);
            lines.set(row.get(), body + " " + s.killed() + " / " + s.total() + " (" + s.percent() + ") |");
        }
        ReportFiles.writeAtomically(readme, String.join("\n", lines) + "\n");
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
