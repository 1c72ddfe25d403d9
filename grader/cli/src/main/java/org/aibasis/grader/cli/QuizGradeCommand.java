package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.aibasis.grader.model.Language;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.json.AttemptFile;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.stats.Flag;
import org.aibasis.quiz.stats.ItemStatistics;
import org.aibasis.quiz.stats.ItemStats;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.quiz.GradedStudent;
import org.aibasis.reports.quiz.QuizFlags;
import org.aibasis.reports.quiz.QuizReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quiz grade}: grades answers files of one quiz and writes the students' and the class's reports. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade one answers file, or every *.json of a folder (one student each), for QUIZ.",
                "Writes DIR/<student>/quiz-report.html, quiz-report.md and quiz-result.json, and "
                        + "DIR/quiz-class-report.html (item statistics) and DIR/quiz-gradebook.csv.",
                "Only the responses and the attempt (quiz, student, attempt number) are taken from a file: the "
                        + "questions, keys and option orders come from the banks, and what a file stores that "
                        + "disagrees with them is reported (in the class report too).",
                "A file that cannot be read is reported (file:line: message) and skipped; the others are graded."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:graded (some files may have been skipped: see the messages)",
                "2:bad usage, or no answers file could be graded",
                Errors.INTERNAL_EXIT})
final class QuizGradeCommand implements Callable<Integer> {
    /** Flagged questions listed in the terminal; the class report lists all. */
    private static final int SHOWN = 5;

    @Mixin
    CommonOptions common;

    @Mixin
    Overwrite overwrite;

    @Parameters(index = "0", paramLabel = "QUIZ", description = "A quiz id: a bank id or a quiz definition's id.")
    String quiz;

    @Parameters(index = "1", paramLabel = "ANSWERS", description = "An answers file, or a folder of *.json files.")
    Path answers;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "quiz-output",
            description = "Where to write the reports. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = ReportLanguage.Code.class,
            description = "Language of the reports (questions and fixed words) and of this summary. "
                    + "Default: ${DEFAULT-VALUE}.")
    Language language;

    @Option(names = "--min-answers", paramLabel = "N", defaultValue = "10",
            description = "Judge (and flag) a question only once N students answered it; below that the class "
                    + "report says \"too few answers to judge\". Default: ${DEFAULT-VALUE}.")
    int minAnswers;

    @Override
    public Integer call() throws IOException {
        if (minAnswers < 1) {
            throw new Errors.UsageException("--min-answers must be at least 1, was " + minAnswers);
        }
        QuizLibrary library = QuizLibrary.load(common.quizzes());
        if (library.quiz(quiz).isEmpty()) {
            throw new Errors.UsageException("unknown quiz '" + quiz + "' (known: " + String.join(", ",
                    library.quizzes().stream().map(q -> q.id()).toList()) + "; run `grader quiz validate` if yours"
                    + " is missing)");
        }
        List<Path> files = files(answers);
        Path dir = OutputFolder.prepare(out, overwrite.force);
        List<GradedStudent> students = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        FolderNames.Allocator folders = new FolderNames.Allocator(Set.of(QuizReportFiles.CLASS_REPORT_HTML,
                QuizReportFiles.GRADEBOOK_CSV, ReportFiles.MARKER));
        Map<String, Path> byAttempt = new HashMap<>();
        Progress progress = new Progress(System.err, "answers files", files.size(), CommonOptions.interactive());
        for (Path file : files) {
            AttemptFile read = library.read(file);
            switch (read) {
                case AttemptFile.Unreadable u -> {
                    u.problems().forEach(p -> skipped.add(p.toString()));
                    Warnings.print(System.err, "", u.problems().stream().map(p -> p + " (skipped)").toList(), "");
                    progress.step(file.getFileName() + " skipped");
                }
                case AttemptFile.Loaded loaded when !loaded.attempt().quiz().equals(quiz) -> {
                    Problem p = new Problem(file, 0, "answers quiz '" + loaded.attempt().quiz() + "', not '" + quiz
                            + "' (grade it with that quiz id)");
                    System.err.println(p + " (skipped)");
                    skipped.add(p.toString());
                    progress.step(file.getFileName() + " skipped");
                }
                case AttemptFile.Loaded loaded -> {
                    List<String> notes = loaded.problems().stream().map(Problem::toString).toList();
                    List<String> discrepancies = loaded.discrepancies().stream().map(Problem::toString).toList();
                    Warnings.print(System.err, "warning: ", notes, "all in the student's report");
                    Warnings.print(System.err, "disagrees with the quiz: ", discrepancies, "all in the class report");
                    GradedAttempt g = library.grade(loaded.attempt(), loaded.responses());
                    Path earlier = byAttempt.putIfAbsent(g.attempt().student() + "\u0000" + g.attempt().number(), file);
                    if (earlier != null) {
                        System.err.println("warning: " + earlier + " and " + file + " both answer attempt "
                                + g.attempt().number() + " of student " + g.attempt().student() + "; both are graded");
                    }
                    GradedStudent s = new GradedStudent(folders.next(g.attempt().student()), g, notes, discrepancies);
                    QuizReportFiles.writeStudent(s, language, dir);
                    students.add(s);
                    progress.step(s.folder() + " " + Numbers.points(g.points()) + "/" + Numbers.points(g.maxPoints()));
                }
            }
        }
        progress.finish();
        if (students.isEmpty()) {
            throw new Errors.UsageException("no answers file of " + answers + " could be graded (see the messages"
                    + " above)");
        }
        ItemStatistics stats = QuizLibrary.analyse(students.stream().map(GradedStudent::graded).toList(), minAnswers);
        QuizReportFiles.writeClass(students, stats, language, skipped, dir);
        summary(students, stats, skipped.size(), language == Language.ZH);
        return 0;
    }

    private void summary(List<GradedStudent> students, ItemStatistics stats, int skipped, boolean zh) {
        System.out.printf("%-32s %10s%n", zh ? "学生" : "student", zh ? "得分" : "score");
        for (GradedStudent s : students) {
            System.out.printf("%-32s %10s%n", s.graded().attempt().student(), Numbers.points(s.graded().points())
                    + "/" + Numbers.points(s.graded().maxPoints()));
        }
        double mean = students.stream().mapToDouble(s -> s.graded().points()).average().orElse(0);
        String alpha = stats.cronbachAlpha().isPresent()
                ? String.format(Locale.ROOT, "%.2f", stats.cronbachAlpha().getAsDouble()) : "n/a";
        System.out.println(zh ? String.format(Locale.ROOT, "已评 %d 名学生（平均 %.2f 分）；跳过的文件：%d；Cronbach α：%s",
                students.size(), mean, skipped, alpha) : String.format(Locale.ROOT, "%d students graded (mean %.2f"
                + " points); skipped files: %d; Cronbach's alpha %s", students.size(), mean, skipped, alpha));
        Language language = zh ? Language.ZH : Language.EN;
        int minimum = stats.thresholds().minimumRespondents();
        int few = stats.tooFew().size();
        if (few > 0) {
            System.out.println(zh ? few + " 道题作答人数少于 " + minimum + "，无法判断（不作标记）。"
                    : few + " of " + stats.items().size() + " questions had fewer than " + minimum + " answers: too"
                    + " few to judge, so they are not flagged (--min-answers sets the minimum).");
        }
        List<ItemStats> flagged = stats.flagged().stream().sorted(java.util.Comparator.comparingInt(
                (ItemStats i) -> i.flags().stream().mapToInt(QuizFlags::severity).min().orElse(4))).toList();
        if (!flagged.isEmpty()) {
            System.out.println(zh ? flagged.size() + " 道题看起来有问题（详见班级报告）：" : flagged.size()
                    + (flagged.size() == 1 ? " question looks" : " questions look") + " broken (details in the class"
                    + " report):");
            for (ItemStats i : flagged.subList(0, Math.min(SHOWN, flagged.size()))) {
                Flag worst = i.flags().stream().min(java.util.Comparator.comparingInt(QuizFlags::severity))
                        .orElseThrow();
                System.out.println("  " + i.questionId() + ": " + QuizFlags.message(worst, language)
                        + (i.flags().size() < 2 ? "" : zh ? "（另有 " + (i.flags().size() - 1) + " 项）"
                        : " (+" + (i.flags().size() - 1) + " more)"));
            }
            if (flagged.size() > SHOWN) {
                System.out.println(zh ? "  ……还有 " + (flagged.size() - SHOWN) + " 道" : "  ... and "
                        + (flagged.size() - SHOWN) + " more");
            }
        }
        long discrepant = students.stream().filter(s -> !s.discrepancies().isEmpty()).count();
        if (discrepant > 0) {
            System.out.println(zh ? discrepant + " 份作答文件与测验不一致（被修改过，或题库已更新）：按题库评分；详见班级报告。"
                    : discrepant + (discrepant == 1 ? " answers file disagrees" : " answers files disagree")
                    + " with the quiz (edited, or the bank changed since): graded against the bank; see the class "
                    + "report.");
        }
        System.out.println((zh ? "班级报告：" : "Class report: ") + out.toAbsolutePath()
                .resolve(QuizReportFiles.CLASS_REPORT_HTML));
        System.out.println((zh ? "成绩册：" : "Gradebook:    ") + out.toAbsolutePath()
                .resolve(QuizReportFiles.GRADEBOOK_CSV));
    }


    private static List<Path> files(Path answers) throws IOException {
        if (Files.isRegularFile(answers)) {
            return List.of(answers);
        }
        if (!Files.isDirectory(answers)) {
            throw new Errors.UsageException(answers + " does not exist (give an answers file or a folder of them)");
        }
        try (Stream<Path> list = Files.list(answers)) {
            List<Path> files = list.filter(f -> Files.isRegularFile(f) && f.getFileName().toString()
                    .toLowerCase(Locale.ROOT).endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                throw new Errors.UsageException(answers + " holds no *.json answers files");
            }
            return files;
        }
    }
}
