package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.aibasis.quiz.NumberText;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.json.AttemptJson;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Responses;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz grade} on a simulated class of 30 students, one broken answers file among them. */
class QuizGradeTests {
    static final String QUIZ = "rl-bandits";
    static final String REVERSED = "rl-bandits/bandit-action-value";
    static final String FORMULA_STUDENT = "=2+3";

    @TempDir
    static Path dir;
    static Cli.Run run;
    static Path out;

    @BeforeAll
    static void gradeTheClass() throws IOException {
        Path answers = dir.resolve("answers");
        out = dir.resolve("out");
        SimulatedClass.write(library(), QUIZ, 30, 20261129L, REVERSED, answers);
        Files.writeString(answers.resolve("broken.json"), "{\n  \"quiz\": \"rl-bandits\",\n  \"student\": \n",
                StandardCharsets.UTF_8);
        run = Cli.run("quiz", "grade", QUIZ, answers.toString(), "--out", out.toString(), "--home",
                Cli.home().toString());
    }

    static QuizLibrary library() {
        return QuizLibrary.load(Cli.home().resolve("quizzes"));
    }

    @Test
    void gradesEveryReadableFileAndNamesTheBrokenOneWithItsLine() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("broken\\.json:[1-9]\\d*: ");
        assertThat(run.out()).contains("30 students graded").contains("skipped files: 1")
                .contains(REVERSED + ": negative discrimination");
    }

    @Test
    void classReportShowsTheEnginesFacilityAndDiscriminationRecomputedFromTheStudentsScores() throws IOException {
        Recomputed expected = Recomputed.from(out);
        Document doc = Jsoup.parse(out.resolve("quiz-class-report.html").toFile(), "UTF-8");
        List<Element> rows = doc.select("table.items tr.item");
        assertThat(rows).hasSize(expected.facility.size());
        for (Element row : rows) {
            String id = row.attr("data-question");
            assertThat(expected.facility).containsKey(id);
            Element facility = row.selectFirst("td.facility");
            Element discrimination = row.selectFirst("td.discrimination");
            assertThat(Double.parseDouble(facility.attr("data-value"))).as(id)
                    .isCloseTo(expected.facility.get(id), within(1e-9));
            assertThat(Double.parseDouble(facility.text())).as(id)
                    .isCloseTo(expected.facility.get(id), within(0.005 + 1e-9));
            assertThat(Double.parseDouble(discrimination.attr("data-value"))).as(id)
                    .isCloseTo(expected.discrimination.get(id), within(1e-9));
            assertThat(Double.parseDouble(discrimination.text())).as(id)
                    .isCloseTo(expected.discrimination.get(id), within(0.005 + 1e-9));
        }
        assertThat(doc.selectFirst("#group-size").text()).isEqualTo(Integer.toString(expected.groupSize));
        assertThat(doc.selectFirst("#respondents").text()).isEqualTo("30");
        assertThat(Double.parseDouble(doc.selectFirst("#alpha").attr("data-value")))
                .isCloseTo(expected.alpha, within(1e-9));
    }

    @Test
    void theReversedQuestionIsFlaggedAtTheTopAndTheBrokenFileListed() throws IOException {
        Document doc = Jsoup.parse(out.resolve("quiz-class-report.html").toFile(), "UTF-8");
        Element flags = doc.selectFirst("section.flags");
        assertThat(flags).isNotNull();
        assertThat(flags.select("li.flagged-question").eachAttr("data-question")).contains(REVERSED);
        assertThat(flags.selectFirst("li.flagged-question").text()).as("likely wrong keys come first")
                .containsAnyOf("negative discrimination", "almost nobody");
        assertThat(flags.select("li.flagged-question[data-question=" + REVERSED + "]").text())
                .contains("negative discrimination");
        assertThat(doc.select("section.skipped li").text()).contains("broken.json");
        Element options = doc.selectFirst("table.distractors[data-question=" + REVERSED + "]");
        assertThat(options.select("tr.option")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(options.select("tr.option td.upper").eachText()).allMatch(t -> t.endsWith("%"));
    }

    @Test
    void gradebookHasOneDefusedRowPerStudent() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("quiz-gradebook.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("student,rl,total,maxTotal");
        assertThat(lines).hasSize(31);
        assertThat(lines).anyMatch(l -> l.startsWith("'" + FORMULA_STUDENT + ","));
        assertThat(lines.subList(1, lines.size())).noneMatch(l -> l.startsWith("="));
    }

    @Test
    void everyStudentGetsReportsInAFolderSafeForTheFileSystemNamedAfterThem() throws IOException {
        try (Stream<Path> folders = Files.list(out)) {
            List<Path> students = folders.filter(Files::isDirectory).toList();
            assertThat(students).hasSize(30);
            assertThat(students).extracting(s -> FolderNames.decode(s.getFileName().toString()))
                    .contains(FORMULA_STUDENT, "s01", "s29").doesNotHaveDuplicates();
            for (Path s : students) {
                assertThat(s.getFileName().toString()).doesNotContainPattern("[/\\\\:*?\"<>|\\p{Cntrl}]")
                        .doesNotStartWith(".");
                assertThat(s.resolve("quiz-report.html")).isRegularFile();
                assertThat(s.resolve("quiz-report.md")).isRegularFile();
                assertThat(s.resolve("quiz-result.json")).isRegularFile();
            }
        }
    }

    @Test
    void studentReportExplainsEveryMistakeOnAMultipleResponseQuestionAndNamesTheScheme() throws IOException {
        boolean seen = false;
        try (Stream<Path> folders = Files.list(out)) {
            for (Path s : folders.filter(Files::isDirectory).sorted().toList()) {
                Document doc = Jsoup.parse(s.resolve("quiz-report.html").toFile(), "UTF-8");
                for (Element q : doc.select("section.question")) {
                    Element scheme = q.selectFirst("p.scheme");
                    List<Element> wrong = q.select("li.option.ticked:not(.correct)");
                    List<Element> missed = q.select("li.option.correct:not(.ticked)");
                    assertThat(q.select("ul.feedback li.wrongly-ticked")).hasSize(wrong.size());
                    assertThat(q.select("ul.feedback li.missed")).hasSize(missed.size());
                    assertThat(q.selectFirst("div.explanation p").text()).isNotBlank();
                    if (scheme != null && !wrong.isEmpty() && !missed.isEmpty()) {
                        assertThat(scheme.text()).containsAnyOf("all-or-nothing", "net-correct", "per-decision",
                                "ps50");
                        seen = true;
                    }
                }
                assertThat(doc.select("table.topics tbody tr")).hasSize(1);
            }
        }
        assertThat(seen).as("some student both ticked a wrong and missed a right option somewhere").isTrue();
    }

    @Test
    void chineseReportsShowTheChineseTexts(@TempDir Path zhOut) throws IOException {
        Path one = dir.resolve("answers").resolve("s01.json");
        Cli.Run zh = Cli.run("quiz", "grade", QUIZ, one.toString(), "--out", zhOut.toString(), "--lang", "zh",
                "--home", Cli.home().toString());
        assertThat(zh.exitCode()).as(zh.err()).isZero();
        Document doc = Jsoup.parse(zhOut.resolve("s01").resolve("quiz-report.html").toFile(), "UTF-8");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(doc.selectFirst("section.question p.text").text()).containsPattern("\\p{IsHan}");
    }

    /**
     * The attack end to end: an answers file that keeps only the question it got right (which shrank the
     * maximum) is graded against the whole quiz, and the instructor is told.
     */
    @Test
    void aForgedAnswersFileGainsNothingAndTheInstructorIsTold(@TempDir Path forged) throws IOException {
        QuizLibrary library = library();
        Attempt attempt = library.instantiate(QUIZ, "mallory", 1);
        PosedQuestion first = attempt.questions().get(0);
        Path answers = Files.createDirectories(forged.resolve("answers"));
        JsonNode root = new ObjectMapper().readTree(AttemptJson.write(attempt, new Responses(Map.of(
                first.qualifiedId(), SimulatedClass.keyResponse(first)))));
        com.fasterxml.jackson.databind.node.ArrayNode questions =
                (com.fasterxml.jackson.databind.node.ArrayNode) root.get("questions");
        while (questions.size() > 1) {
            questions.remove(1);
        }
        Files.writeString(answers.resolve("mallory.json"), root.toString());

        Cli.Run run = Cli.run("quiz", "grade", QUIZ, answers.toString(), "--out", forged.resolve("out").toString(),
                "--home", Cli.home().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 answers file disagrees with the quiz");
        assertThat(run.err()).contains("disagrees with the quiz: ", "of this attempt is not in the file");
        List<String> rows = Files.readAllLines(forged.resolve("out/quiz-gradebook.csv"), StandardCharsets.UTF_8);
        assertThat(rows.get(1)).startsWith("mallory,").endsWith("," + NumberText.points(first.points()) + ","
                + NumberText.points(attempt.maxPoints()));
        Document report = Jsoup.parse(forged.resolve("out/quiz-class-report.html").toFile(), "UTF-8");
        assertThat(report.select("section.discrepant li.discrepant-student").text()).contains("mallory",
                "not in the file");
    }

    @Test
    void theFourExampleStudentsAreTooFewToJudgeAnyQuestionAndTheChineseClassReportSaysSo(@TempDir Path four)
            throws IOException {
        Path examples = Cli.home().resolve("examples").resolve("quiz-answers");
        Cli.Run en = Cli.run("quiz", "grade", "exam-practice", examples.toString(), "--out", four.resolve("en")
                .toString(), "--home", Cli.home().toString());
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(en.out()).contains("too few to judge").doesNotContain("look broken");
        Document doc = Jsoup.parse(four.resolve("en").resolve("quiz-class-report.html").toFile(), "UTF-8");
        assertThat(doc.select("#flags")).isEmpty();
        assertThat(doc.select("tr.item")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.hasClass("too-few")).as(row.id()).isTrue();
            assertThat(Integer.parseInt(row.selectFirst("td.respondents").text())).isLessThan(10);
        });
        assertThat(doc.selectFirst("#caution").attr("data-minimum")).isEqualTo("10");

        Cli.Run zh = Cli.run("quiz", "grade", "exam-practice", examples.toString(), "--out", four.resolve("zh")
                .toString(), "--lang", "zh", "--min-answers", "1", "--home", Cli.home().toString());
        assertThat(zh.exitCode()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("道题看起来有问题");
        Document zhDoc = Jsoup.parse(four.resolve("zh").resolve("quiz-class-report.html").toFile(), "UTF-8");
        assertThat(zhDoc.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(zhDoc.selectFirst("#items-title").text()).isEqualTo("题目统计");
        assertThat(zhDoc.select("tr.item.too-few")).isEmpty();
        assertThat(zhDoc.select("#flags li.flagged-question li").eachText()).isNotEmpty()
                .allMatch(m -> m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), "worded in Chinese");
    }

    @Test
    void anUnknownQuizIsOneClearLine(@TempDir Path empty) {
        Cli.Run bad = Cli.run("quiz", "grade", "no-such-quiz", empty.toString(), "--out", empty.toString(),
                "--home", Cli.home().toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("error: unknown quiz 'no-such-quiz'").doesNotContain("Exception");
    }

    /** Facility, D and alpha computed here from the students' quiz-result.json, independently of the engine. */
    record Recomputed(Map<String, Double> facility, Map<String, Double> discrimination, int groupSize,
                      double alpha) {
        static Recomputed from(Path out) throws IOException {
            ObjectMapper json = new ObjectMapper();
            record Student(String id, double total, Map<String, double[]> points) {
            }
            List<Student> students = new ArrayList<>();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("quiz-result.json")).toList()) {
                    JsonNode root = json.readTree(f.toFile());
                    Map<String, double[]> points = new LinkedHashMap<>();
                    double total = 0;
                    for (JsonNode q : root.get("questions")) {
                        points.put(q.get("id").asText(), new double[] {q.get("points").asDouble(),
                                q.get("maxPoints").asDouble()});
                        total += q.get("points").asDouble();
                    }
                    students.add(new Student(root.get("student").asText(), total, points));
                }
            }
            students.sort(Comparator.comparingDouble(Student::total).reversed().thenComparing(Student::id));
            int n = students.size();
            int g = Math.max(1, (int) Math.round(0.27 * n));
            Map<String, Double> facility = new HashMap<>();
            Map<String, Double> d = new HashMap<>();
            Set<String> ids = students.get(0).points().keySet();
            for (String id : ids) {
                facility.put(id, students.stream().mapToDouble(s -> s.points().get(id)[0] / s.points().get(id)[1])
                        .average().orElseThrow());
                double upper = students.subList(0, g).stream()
                        .mapToDouble(s -> s.points().get(id)[0] / s.points().get(id)[1]).average().orElseThrow();
                double lower = students.subList(n - g, n).stream()
                        .mapToDouble(s -> s.points().get(id)[0] / s.points().get(id)[1]).average().orElseThrow();
                d.put(id, upper - lower);
            }
            double itemVariances = 0;
            for (String id : ids) {
                itemVariances += variance(students.stream().mapToDouble(s -> s.points().get(id)[0]).toArray());
            }
            double totalVariance = variance(students.stream().mapToDouble(Student::total).toArray());
            int k = ids.size();
            double alpha = (double) k / (k - 1) * (1 - itemVariances / totalVariance);
            return new Recomputed(facility, d, g, alpha);
        }

        private static double variance(double[] xs) {
            double mean = java.util.Arrays.stream(xs).average().orElseThrow();
            return java.util.Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum() / xs.length;
        }
    }

    /**
     * A simulated class: students of different ability answer a quiz, each question right with probability
     * logistic(ability - difficulty); wrong answers pick a plausible mistake. Fixed seed, so the class is the same
     * on every run. One question can be answered "reversed" (weaker students do better) to make a broken item.
     */
    static final class SimulatedClass {
        private SimulatedClass() {
        }

        /** Writes one attempt file per student into {@code dir}: s01.json, ..., the last one named like a formula. */
        static List<Path> write(QuizLibrary library, String quiz, int students, long seed, String reversed, Path dir)
                throws IOException {
            Files.createDirectories(dir);
            Random random = new Random(seed);
            List<Path> files = new ArrayList<>();
            for (int i = 1; i <= students; i++) {
                String student = i == students ? FORMULA_STUDENT : String.format("s%02d", i);
                double ability = -2.5 + 5.0 * (i - 1) / Math.max(1, students - 1) + random.nextGaussian() * 0.5;
                Attempt attempt = library.instantiate(quiz, student, 1);
                Map<String, Response> responses = new HashMap<>();
                for (PosedQuestion q : attempt.questions()) {
                    double difficulty = ((q.qualifiedId().hashCode() & 0xff) / 255.0) * 3 - 1.5;
                    double a = q.qualifiedId().equals(reversed) ? -ability : ability;
                    boolean right = random.nextDouble() < 1 / (1 + Math.exp(-(a - difficulty)));
                    if (random.nextDouble() < 0.04) {
                        continue; // blank
                    }
                    responses.put(q.qualifiedId(), right ? keyResponse(q) : mistake(q, random));
                }
                Path file = dir.resolve(i == students ? "formula.json" : student + ".json");
                AttemptJson.write(file, attempt, new Responses(responses));
                files.add(file);
            }
            return files;
        }

        static Response keyResponse(PosedQuestion q) {
            return switch (q.key()) {
                case Key.OneOption one -> new Response.Ticked(Set.of(one.optionId()));
                case Key.Options many -> new Response.Ticked(many.optionIds());
                case Key.Truth t -> new Response.Truth(t.value());
                case Key.Number x -> new Response.Number(x.value());
            };
        }

        static Response mistake(PosedQuestion q, Random random) {
            List<String> order = q.optionOrder();
            return switch (q.key()) {
                case Key.OneOption one -> {
                    List<String> wrong = order.stream().filter(id -> !id.equals(one.optionId())).toList();
                    // the first wrong options are the attractive ones: some distractors draw nobody
                    int pick = Math.min(wrong.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.2));
                    yield new Response.Ticked(Set.of(wrong.stream().sorted().toList().get(pick)));
                }
                case Key.Options many -> {
                    java.util.Set<String> ticked = new java.util.HashSet<>(many.optionIds());
                    int flips = 1 + random.nextInt(2);
                    for (int f = 0; f < flips; f++) {
                        String id = order.get(random.nextInt(order.size()));
                        if (!ticked.remove(id)) {
                            ticked.add(id);
                        }
                    }
                    yield ticked.equals(many.optionIds()) ? new Response.Ticked(Set.of()) : new Response.Ticked(ticked);
                }
                case Key.Truth t -> new Response.Truth(!t.value());
                case Key.Number x -> new Response.Number(x.value() * 1.5 + 1);
            };
        }
    }
}
