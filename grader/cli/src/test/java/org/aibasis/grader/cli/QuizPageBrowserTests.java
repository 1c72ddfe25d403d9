package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.json.AttemptFile;
import org.aibasis.quiz.scoring.GradedAttempt;
import org.aibasis.quiz.scoring.Verdict;
import org.aibasis.quiz.scoring.QuestionResult;
import org.aibasis.quiz.scoring.Response;
import org.aibasis.quiz.scoring.Marker;
import org.aibasis.quiz.variant.Attempt;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.PosedQuestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-check page in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (Selenium Manager never downloads anything). Answers questions right and wrong, checks them,
 * exports the answers and grades the download with the engine.
 */
class QuizPageBrowserTests {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String QUIZ = "rl-bandits";
    private static final String STUDENT = "browser-s1";

    @TempDir
    Path dir;

    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs them "
                    + "(apt-get install chromium chromium-driver)");
        }
        assumeTrue(installed, "no headless browser: install it with `sudo apt-get install chromium chromium-driver`"
                + " to run the browser test of the quiz page");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        // Selenium warns that it has no CDP bindings for this Chromium; WebDriver itself does not need them
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void feedbackOnCheckAndTheExportedAnswersGradeToTheScoreShown() throws Exception {
        QuizLibrary library = QuizLibrary.load(Cli.home().resolve("quizzes"));
        Attempt attempt = library.instantiate(QUIZ, STUDENT, 1);
        Path out = dir.resolve("page");
        assertThat(Cli.run("quiz", "page", QUIZ, "--home", Cli.home().toString(), "--out", out.toString(),
                "--student", STUDENT).exitCode()).isZero();
        browser.get(out.resolve("index.html").toUri().toString());

        List<WebElement> sections = browser.findElements(By.cssSelector("section.question"));
        assertThat(sections).hasSize(attempt.questions().size());
        assertThat(sections.get(0).isDisplayed()).isTrue();
        assertThat(sections.get(1).isDisplayed()).isFalse();
        browser.findElement(By.id("next")).click();
        assertThat(sections.get(1).isDisplayed()).isTrue();
        assertThat(sections.get(0).isDisplayed()).isFalse();
        browser.findElement(By.id("mode")).click();
        assertThat(sections.get(0).isDisplayed()).isTrue();

        // Check before answering asks for an answer first
        WebElement early = sections.get(4);
        click(early.findElement(By.cssSelector("button.check")));
        assertThat(early.findElement(By.cssSelector(".note")).getText()).isEqualTo("Answer first, then check.");
        assertThat(early.findElement(By.cssSelector(".result")).isDisplayed()).isFalse();

        // every question answered (the engine gives per-decision credit even to a blank multiple-response
        // question, which the page cannot check), wrong and right in turn
        double expected = 0;
        int wrongTicks = 0;
        for (int i = 0; i < sections.size(); i++) {
            PosedQuestion q = attempt.questions().get(i);
            WebElement s = sections.get(i);
            Response response = answer(s, q, i % 2 == 1);
            click(s.findElement(By.cssSelector("button.check")));
            QuestionResult r = Marker.score(q, response);
            expected += r.points();
            String verdict = s.findElement(By.cssSelector(".verdict")).getText();
            assertThat(verdict).as("question %d", i + 1).startsWith(switch (r.outcome()) {
                case Verdict.Correct c -> "Right.";
                case Verdict.Partial p -> "Partly right.";
                default -> "Wrong.";
            });
            assertThat(s.findElement(By.cssSelector(".result")).isDisplayed()).isTrue();
            assertThat(s.findElement(By.cssSelector(".explanation")).getText()).contains("Explanation");
            assertThat(s.findElement(By.cssSelector("button.check")).isEnabled()).isFalse();
            for (var f : r.feedback()) {
                WebElement li = s.findElement(By.cssSelector("li.option[data-option='" + f.optionId() + "']"));
                boolean wrong = f.mistake() == org.aibasis.quiz.scoring.OptionFeedback.Mistake.WRONGLY_TICKED;
                wrongTicks += wrong ? 1 : 0;
                assertThat(li.findElement(By.cssSelector(".option-feedback")).getText()).contains(wrong
                        ? "You ticked " + f.letter() + ", a wrong option."
                        : "You did not tick " + f.letter() + ", a correct option.");
            }
            if (r.feedback().isEmpty()) {
                assertThat(s.findElements(By.cssSelector(".option-feedback")).stream().filter(WebElement::isDisplayed))
                        .isEmpty();
            }
        }
        assertThat(wrongTicks).isPositive();
        assertThat(sections.get(0).findElements(By.cssSelector(".option-feedback")).stream()
                .filter(WebElement::isDisplayed).count()).isEqualTo(2);

        double shown = Double.parseDouble(browser.findElement(By.id("score-points")).getText());
        assertThat(shown).isCloseTo(expected, within(0.005));
        assertThat(browser.findElement(By.id("checked-count")).getText()).isEqualTo(String.valueOf(sections.size()));
        assertThat(expected).isPositive().isLessThan(attempt.maxPoints());

        browser.findElement(By.id("export")).click();
        Path exported = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> downloaded());
        AttemptFile read = library.read(exported);
        assertThat(read.problems()).isEmpty();
        assertThat(read).isInstanceOf(AttemptFile.Loaded.class);
        AttemptFile.Loaded loaded = (AttemptFile.Loaded) read;
        assertThat(loaded.attempt()).isEqualTo(attempt);
        GradedAttempt graded = library.grade(loaded.attempt(), loaded.responses());
        assertThat(graded.points()).isCloseTo(shown, within(0.005)).isCloseTo(expected, within(1e-9));
    }

    /** Answers question {@code q} in its section, right or wrongly, and returns the response given. */
    private static Response answer(WebElement s, PosedQuestion q, boolean right) {
        switch (q.key()) {
            case Key.OneOption one -> {
                String id = right ? one.optionId() : q.optionOrder().stream().filter(o -> !o.equals(one.optionId()))
                        .findFirst().orElseThrow();
                tick(s, id);
                return new Response.Ticked(Set.of(id));
            }
            case Key.Options many -> {
                List<String> ids = right ? q.optionOrder().stream().filter(many.optionIds()::contains).toList()
                        : q.optionOrder();
                ids.forEach(id -> tick(s, id));
                return new Response.Ticked(Set.copyOf(ids));
            }
            case Key.Truth t -> {
                boolean value = t.value() == right;
                tick(s, Boolean.toString(value));
                return new Response.Truth(value);
            }
            case Key.Number n -> {
                double value = right ? n.value() : n.value() + 1000;
                s.findElement(By.cssSelector("input.number")).sendKeys(Double.toString(value));
                return new Response.Number(value);
            }
        }
    }

    @Test
    void formulasAreRenderedByTheBundledKatexInThePageAndInBothReportsWithoutANetwork() throws Exception {
        Path page = dir.resolve("page");
        assertThat(Cli.run("quiz", "page", QUIZ, "--home", Cli.home().toString(), "--out", page.toString(),
                "--student", STUDENT).exitCode()).isZero();
        Attempt attempt = QuizLibrary.load(Cli.home().resolve("quizzes")).instantiate(QUIZ, STUDENT, 1);
        Path answers = Files.createDirectories(dir.resolve("answers"));
        Files.writeString(answers.resolve(STUDENT + ".json"), org.aibasis.quiz.json.AttemptJson.writeResponses(
                attempt, org.aibasis.quiz.scoring.Responses.none()));
        Path graded = dir.resolve("graded");
        assertThat(Cli.run("quiz", "grade", QUIZ, answers.toString(), "--home", Cli.home().toString(), "--out",
                graded.toString()).exitCode()).isZero();

        for (Path html : List.of(page.resolve("index.html"), graded.resolve(STUDENT).resolve("quiz-report.html"),
                graded.resolve("quiz-class-report.html"))) {
            browser.get(html.toUri().toString());
            org.openqa.selenium.JavascriptExecutor js = browser;
            assertThat(((Number) js.executeScript("return document.querySelectorAll('.katex').length")).intValue())
                    .as("formulas rendered in %s", html).isPositive();
            assertThat(((Number) js.executeScript("return document.querySelectorAll('.katex-error').length"))
                    .intValue()).as("formulas KaTeX could not parse in %s", html).isZero();
            assertThat((String) js.executeScript("return document.body.innerText")).as(html.toString())
                    .doesNotContain("\\(", "\\)", "\\[", "\\]");
            // the fonts come from data URLs inside the page (the quiz page's policy forbids anything else); a
            // hidden question's formula loads none, so the main font is asked for
            Object fonts = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " document.fonts.load('16px KaTeX_Main').then(function (fs) { done(fs.filter(function (f) {"
                    + " return f.status === 'loaded'; }).length); }, function () { done(-1); });");
            assertThat(((Number) fonts).intValue()).as("KaTeX fonts loaded in %s", html).isPositive();
        }
    }

    /**
     * Clicks in the middle of the window: chromedriver scrolls an element to the top edge, where the page's sticky
     * toolbar covers it (the page's scroll-padding keeps it free for keyboard users, but chromedriver ignores it).
     */
    private static void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) element).getWrappedDriver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void tick(WebElement section, String optionId) {
        click(section.findElement(By.cssSelector("li.option[data-option='" + optionId + "'] input")));
    }

    private Path downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
