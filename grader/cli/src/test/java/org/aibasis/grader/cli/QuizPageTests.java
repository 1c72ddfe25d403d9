package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.json.AttemptFile;
import org.aibasis.quiz.json.AttemptJson;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.PosedQuestion;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.quiz.QuizPageHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz page}: the offline self-check page, read with jsoup. */
class QuizPageTests {
    @TempDir
    Path dir;

    private static QuizLibrary library() {
        return QuizLibrary.load(Cli.home().resolve("quizzes"));
    }

    private Document page(String quiz, String student, String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("quiz", "page", quiz, "--home", Cli.home().toString(),
                "--out", dir.toString(), "--student", student));
        args.addAll(List.of(more));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("index.html", "self-checking");
        return Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void showsTheStudentsVariantInOrderWithOptionsInTheShuffledOrder() throws IOException {
        Attempt attempt = library().instantiate("rl-bandits", "s042", 1);
        Document doc = page("rl-bandits", "s042");

        List<Element> sections = doc.select("section.question");
        assertThat(sections).extracting(s -> s.attr("data-qid"))
                .containsExactlyElementsOf(attempt.questions().stream().map(PosedQuestion::qualifiedId).toList());
        for (int i = 0; i < sections.size(); i++) {
            PosedQuestion q = attempt.questions().get(i);
            Element s = sections.get(i);
            assertThat(s.selectFirst("p.text").text()).isEqualTo(q.text().en().strip().replaceAll("\\s+", " "));
            assertThat(s.select("li.option[data-letter]")).extracting(o -> o.attr("data-option"))
                    .containsExactlyElementsOf(q.optionOrder());
            assertThat(s.selectFirst(".result").hasAttr("hidden")).isTrue();
            assertThat(s.selectFirst(".explanation .text").text())
                    .isEqualTo(q.explanation().en().strip().replaceAll("\\s+", " "));
        }
        assertThat(doc.selectFirst("#score-max").text()).isEqualTo("21");
        assertThat(doc.selectFirst(".selfcheck").text()).contains("self-checking");
    }

    @Test
    void theEmbeddedAttemptIsTheVariantAndReadsAsAnAttemptFile() throws IOException {
        QuizLibrary library = library();
        Attempt attempt = library.instantiate("exam-practice", "s7", 2);
        Document doc = page("exam-practice", "s7", "--attempt", "2");

        String json = doc.selectFirst("script#quiz-data").data();
        String attemptJson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("attempt")
                .toString();
        AttemptFile read = AttemptJson.parse(Path.of("page.json"), attemptJson, library);
        assertThat(read).isInstanceOf(AttemptFile.Loaded.class);
        assertThat(((AttemptFile.Loaded) read).attempt()).isEqualTo(attempt);
    }

    @Test
    void needsNoNetwork() throws IOException {
        Document doc = page("search", "s1");
        assertThat(doc.select("link, img[src], iframe, object, embed, audio, video")).isEmpty();
        assertThat(doc.select("script[src]")).isEmpty();
        assertThat(doc.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotContain("//"));
        assertThat(doc.selectFirst("style").data()).doesNotContain("@import", "url(http");
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
    }

    @Test
    void chinesePage() throws IOException {
        Attempt attempt = library().instantiate("llm", "s1", 1);
        Document doc = page("llm", "s1", "--lang", "zh");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(doc.selectFirst("section.question p.text").text())
                .isEqualTo(attempt.questions().get(0).text().zh().strip().replaceAll("\\s+", " "));
        assertThat(doc.selectFirst("#export").text()).isEqualTo("导出我的答案");
    }

    @Test
    void unknownQuizIsAOneLineError() {
        Cli.Run run = Cli.run("quiz", "page", "nope", "--home", Cli.home().toString(), "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: unknown quiz 'nope'").doesNotContain("\n");
        assertThat(dir.resolve("index.html")).doesNotExist();
    }

    @Test
    void formulasAreLeftToTheBundledKatexAndHostileTextStaysText() throws IOException {
        Path quizzes = dir.resolve("quizzes");
        Files.createDirectories(quizzes);
        Files.writeString(quizzes.resolve("tiny.yaml"), """
                bank: tiny
                topic: ml-basics
                title: {en: "Tiny", zh: "小"}
                questions:
                  - id: square
                    type: single
                    text: {en: "What is \\\\( x^2 \\\\) for x = 3? </script><script>alert(1)</script>", zh: "x = 3 时 \\\\( x^2 \\\\) 是多少？"}
                    options:
                      - {text: {en: "9", zh: "9"}, correct: true}
                      - {text: {en: "6 & <b>6</b>", zh: "6"}, feedback: {en: "That is 2x.", zh: "那是 2x。"}}
                    explanation: {en: "3 * 3 = 9", zh: "3 * 3 = 9"}
                """);
        QuizLibrary library = QuizLibrary.load(quizzes);
        assertThat(library.problems()).isEmpty();
        Document doc = Jsoup.parse(QuizPageHtml.render(library.instantiate("tiny", "s1", 1),
                org.aibasis.grader.model.Language.EN));

        // the formula is left for KaTeX, which the page carries itself, to render in the browser
        assertThat(doc.selectFirst("section.question p.text").text())
                .isEqualTo("What is \\( x^2 \\) for x = 3? </script><script>alert(1)</script>");
        assertThat(doc.select("script")).extracting(e -> e.id()).containsExactly("quiz-data", "", "katex-script");
        assertThat(doc.selectFirst("script#katex-script").data()).contains("renderMathInElement")
                .doesNotContain("</script");
        assertThat(doc.selectFirst("style#katex-style").data()).contains("data:font/woff2;base64,")
                .doesNotContain("url(fonts/");
        assertThat(doc.select("li.option b")).isEmpty();
        assertThat(doc.selectFirst("script#quiz-data").data()).doesNotContain("<", ">", "&");
    }

    @Test
    void writesAtomicallyLeavingNoTemporaryFiles() throws IOException {
        page("rl-bandits", "s1");
        page("rl-bandits", "s2");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html",
                    ReportFiles.MARKER);
        }
    }
}
