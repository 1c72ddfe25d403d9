package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@code examples/hostile/}, format in its README): every entry is composed into a class
 * folder, the whole class is graded by one {@code batch}, and every entry must get exactly its expected result
 * while every companion exercise keeps full marks.
 */
class HostileCorpusTests {
    @TempDir
    static Path work;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CORPUS = Cli.home().resolve("examples/hostile");

    /** What cannot or should not be committed, made at test time; the key is an entry's {@code generator}. */
    static final Map<String, Generator> GENERATORS = Map.of(
            "latin1", HostileCorpusTests::reencodeAsLatin1,
            "deeply-nested", HostileCorpusTests::deeplyNestedCounterexample,
            "link-to-solution", FileAttacks::linkToSolution,
            "link-to-passwd", FileAttacks::linkToPasswd,
            "linked-folder", FileAttacks::linkedFolder,
            "zip-slip", FileAttacks::zipSlip,
            "zip-bomb", FileAttacks::zipBomb,
            "empty", FileAttacks::empty,
            "huge-files", FileAttacks::hugeFiles);

    /** Changes a composed submission folder in place (or replaces it, e.g. by a zip of the same name). */
    interface Generator {
        void generate(Path submission) throws IOException;
    }

    /** One {@code <name>.expected.yaml}. */
    record Entry(String attack, String generator, Boolean fill, List<String> companions,
                 Map<String, Want> exercises, ReportWant report) {
    }

    /** What one attacked exercise must get. */
    record Want(String status, Double score, List<String> notPassing, Map<String, String> outcomes,
                List<String> messages) {
    }

    /** What the submission's HTML report must not contain, and how large it may be at most. */
    record ReportWant(List<String> mustNotContain, Long maxBytes) {
    }

    private static Course course;
    private static Map<String, Entry> entries;
    private static Cli.Run batch;
    private static Map<String, JsonNode> results;

    @BeforeAll
    static void gradeTheCorpus() throws IOException {
        course = Course.load(Cli.home());
        entries = readEntries();
        Path classDir = Files.createDirectories(work.resolve("class"));
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            compose(e.getKey(), e.getValue(), classDir.resolve(e.getKey()));
        }
        Path out = work.resolve("out");
        batch = Cli.run("batch", classDir.toString(), "--out", out.toString(), "--jobs", "2", "--no-color");
        results = new HashMap<>();
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("result.json"))).toList()) {
                JsonNode r = JSON.readTree(dir.resolve("result.json").toFile());
                results.put(dir.getFileName().toString(), r);
                results.put(r.get("submission").asText().replaceFirst("\\.zip$", ""), r);
            }
        }
    }

    @Test
    void theCorpusIsLargeAndEveryEntryIsComplete() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(25);
        entries.forEach((name, e) -> {
            assertThat(name).as("entry name").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(e.attack()).as(name + ": attack").isNotBlank();
            assertThat(e.exercises()).as(name + ": exercises").isNotEmpty();
            assertThat(Files.isDirectory(CORPUS.resolve(name)) || e.generator() != null)
                    .as(name + ": a folder or a generator").isTrue();
            if (e.generator() != null) {
                assertThat(GENERATORS).as(name + ": generator").containsKey(e.generator());
            }
            Set<String> ids = course.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
            assertThat(ids).as(name + ": exercise ids").containsAll(e.exercises().keySet());
            assertThat(ids).as(name + ": companion ids").containsAll(companions(e));
            e.exercises().forEach((id, w) -> assertThat(w.score()).as(name + "/" + id + ": score").isNotNull());
        });
    }

    @Test
    void oneBatchGradesEveryEntry() throws IOException {
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batch.err()).doesNotContain("Exception", "\tat ");
        assertThat(results.keySet()).containsAll(entries.keySet());
        List<String> gradebook = Files.readAllLines(work.resolve("out/gradebook.csv"));
        assertThat(gradebook).hasSize(entries.size() + 1);
    }

    @TestFactory
    Stream<DynamicTest> everyEntryGetsItsExpectedResultAndItsCompanionsFullMarks() {
        List<DynamicTest> tests = new ArrayList<>();
        entries.forEach((name, entry) -> {
            Set<String> companions = Set.copyOf(companions(entry));
            for (Exercise exercise : course.exercises()) {
                String id = exercise.id();
                Want want = entry.exercises().get(id);
                String label = name + " / " + id + (want != null ? "" : companions.contains(id) ? " (companion)"
                        : " (absent)");
                tests.add(DynamicTest.dynamicTest(label, () -> {
                    JsonNode result = exerciseOf(name, id);
                    if (want != null) {
                        checkAttacked(result, want);
                    } else if (companions.contains(id)) {
                        checkFullMarks(result);
                    } else {
                        assertThat(result.get("status").asText()).isEqualTo("missing");
                    }
                }));
            }
            if (entry.report() != null) {
                tests.add(DynamicTest.dynamicTest(name + " / report.html", () -> {
                    Path report = work.resolve("out").resolve(name).resolve("report.html");
                    String html = Files.readString(report);
                    if (entry.report().mustNotContain() != null) {
                        entry.report().mustNotContain().forEach(s -> assertThat(html).doesNotContain(s));
                    }
                    if (entry.report().maxBytes() != null) {
                        assertThat(Files.size(report)).isLessThanOrEqualTo(entry.report().maxBytes());
                    }
                }));
            }
        });
        return tests.stream();
    }

    private static JsonNode exerciseOf(String name, String id) {
        assertThat(results).as("a result.json for " + name + "; batch said:\n" + batch.err()).containsKey(name);
        for (JsonNode e : results.get(name).get("exercises")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError(name + ": no result for exercise " + id);
    }

    private static void checkAttacked(JsonNode exercise, Want want) {
        String context = exercise.toPrettyString();
        assertThat(exercise.get("status").asText()).as(context).isEqualTo(want.status() == null ? "graded"
                : want.status());
        Map<String, String> outcomes = new TreeMap<>();
        exercise.get("tests").forEach(t -> outcomes.put(t.get("name").asText(), t.get("outcome").asText()));
        if (want.notPassing() != null) {
            assertThat(outcomes.entrySet().stream().filter(o -> !o.getValue().equals("passed"))
                    .map(Map.Entry::getKey)).as(context).containsExactlyInAnyOrderElementsOf(want.notPassing());
        }
        if (want.outcomes() != null) {
            want.outcomes().forEach((test, outcome) -> assertThat(outcomes).as(context).containsEntry(test, outcome));
        }
        if (want.messages() != null) {
            List<String> texts = new ArrayList<>();
            exercise.get("diagnostics").forEach(d -> texts.add(d.get("message").asText()));
            exercise.get("tests").forEach(t -> texts.add(t.path("message").asText()));
            String all = String.join("\n", texts);
            want.messages().forEach(m -> assertThat(all).as(context).contains(m));
        }
        assertThat(exercise.get("score").asDouble()).as(context).isEqualTo(want.score());
    }

    private static void checkFullMarks(JsonNode exercise) {
        String context = exercise.toPrettyString();
        assertThat(exercise.get("status").asText()).as(context).isEqualTo("graded");
        exercise.get("tests").forEach(t -> assertThat(t.get("outcome").asText()).as(context).isEqualTo("passed"));
        assertThat(exercise.get("score").asDouble()).as(context).isEqualTo(exercise.get("maxScore").asDouble());
    }

    /**
     * By default the other exercises the corpus attacks, not the whole course: an attack that leaks into the next
     * exercise shows on any of them, and the whole course next to every entry would grow the suite with each new
     * exercise.
     */
    private static List<String> companions(Entry entry) {
        if (entry.companions() != null) {
            return entry.companions();
        }
        Set<String> attacked = entries.values().stream().flatMap(e -> e.exercises().keySet().stream())
                .collect(Collectors.toSet());
        return course.exercises().stream().map(Exercise::id).filter(attacked::contains)
                .filter(id -> !entry.exercises().containsKey(id)).toList();
    }

    private static void compose(String name, Entry entry, Path target) throws IOException {
        Files.createDirectories(target);
        Path source = CORPUS.resolve(name);
        if (Files.isDirectory(source)) {
            copyTree(source, target);
        }
        for (Exercise exercise : course.exercises()) {
            boolean attacked = Files.isDirectory(source.resolve(exercise.id()));
            boolean fill = attacked && !Boolean.FALSE.equals(entry.fill());
            if (fill || companions(entry).contains(exercise.id())) {
                for (String file : exercise.files()) {
                    Path to = target.resolve(exercise.id()).resolve(file);
                    if (!Files.exists(to)) {
                        Files.createDirectories(to.getParent());
                        Files.copy(exercise.solutionDir().resolve(file), to);
                    }
                }
            }
        }
        if (entry.generator() != null) {
            GENERATORS.get(entry.generator()).generate(target);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    /** Every Java file the entry itself provides, re-encoded from UTF-8 to ISO-8859-1. */
    private static void reencodeAsLatin1(Path submission) throws IOException {
        Path source = CORPUS.resolve(submission.getFileName().toString());
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path dest = submission.resolve(source.relativize(p).toString());
                Files.write(dest, Files.readString(p, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }

    /** A counterexample whose one expression nests 50,000 parentheses deep: more than javac's stack holds. */
    private static void deeplyNestedCounterexample(Path submission) throws IOException {
        int depth = 50_000;
        Path file = submission.resolve("astar-consistency/src/course/astar/Counterexamples.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package course.astar;\n\npublic final class Counterexamples {\n"
                + "    public static SearchProblem reopeningNeeded() {\n        return " + "(".repeat(depth) + "null"
                + ")".repeat(depth) + ";\n    }\n}\n");
    }

    private static Map<String, Entry> readEntries() throws IOException {
        Map<String, Entry> all = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".expected.yaml")).sorted().toList()) {
                all.put(f.getFileName().toString().replace(".expected.yaml", ""), YAML.readValue(f.toFile(),
                        Entry.class));
            }
        }
        return all;
    }
}
