package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.lms.Gift;
import org.aibasis.quiz.lms.GiftImport;
import org.aibasis.reports.ReportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code quiz export} and {@code quiz import}: GIFT and Moodle XML out, GIFT back into a bank. */
class QuizExportTests {
    private static final QuizLibrary LIBRARY = QuizLibrary.load(Cli.home().resolve("quizzes"));

    @Test
    void exportsEveryBankAsGiftThatReadsBackCompletely(@TempDir Path out) throws IOException {
        Cli.Run run = Cli.run("quiz", "export", "all", "--format", "gift", "--out", out.toString(), "--home",
                Cli.home().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> !f.equals(ReportFiles.MARKER)).toList())
                    .as("no temporary files left").containsExactlyInAnyOrderElementsOf(LIBRARY.banks().stream()
                            .map(b -> b.id() + ".gift").toList());
        }
        for (Bank bank : LIBRARY.banks()) {
            Path file = out.resolve(bank.id() + ".gift");
            GiftImport back = Gift.parse(file, Files.readString(file, StandardCharsets.UTF_8));
            assertThat(back.problems()).as(bank.id()).isEmpty();
            assertThat(back.questions()).extracting(Question::id)
                    .containsExactlyElementsOf(bank.questions().stream().map(Question::id).toList());
        }
    }

    @Test
    void exportsMoodleXmlInBothLanguages(@TempDir Path out) throws Exception {
        Cli.Run run = Cli.run("quiz", "export", "rl-bandits", "--format", "moodle-xml", "--lang", "both", "--out",
                out.toString(), "--home", Cli.home().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(out.resolve("rl-bandits.xml").toFile());
        NodeList questions = xml.getElementsByTagName("question");
        int real = 0;
        for (int i = 0; i < questions.getLength(); i++) {
            if (!((Element) questions.item(i)).getAttribute("type").equals("category")) {
                real++;
            }
        }
        assertThat(real).isEqualTo(LIBRARY.bank("rl-bandits").orElseThrow().questions().size());
        assertThat(Files.readString(out.resolve("rl-bandits.xml"))).contains("{mlang zh_cn}");
    }

    /** Each question that stays one fixed variant is named with its reason, in the output and in the file. */
    @Test
    void moodleXmlSaysWhichQuestionsStayOneFixedVariantAndWhy(@TempDir Path out) throws IOException {
        Cli.Run run = Cli.run("quiz", "export", "local-search", "--format", "moodle-xml", "--out", out.toString(),
                "--home", Cli.home().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Bank bank = LIBRARY.bank("local-search").orElseThrow();
        long parameterized = bank.questions().stream().filter(Question::parameterized).count();
        // max-attacking-pairs and ga-fitness-from-h compute their keys with choose(n, k)
        assertThat(run.out()).contains((parameterized - 2) + " parameterized as Moodle calculated questions, 2 as one"
                + " fixed variant").contains("  local-search/max-attacking-pairs: one fixed variant: the answer uses"
                + " choose(n, k)").contains("  local-search/ga-fitness-from-h: one fixed variant: ");
        assertThat(Files.readString(out.resolve("local-search.xml")))
                .contains("<!-- aibasis: max-attacking-pairs is one fixed variant: the answer uses choose(n, k)")
                .contains("<question type=\"calculated\">");
    }

    @Test
    void badArgumentsAreOneClearLine(@TempDir Path out) {
        Cli.Run bank = Cli.run("quiz", "export", "nope", "--format", "gift", "--out", out.toString(), "--home",
                Cli.home().toString());
        assertThat(bank.exitCode()).isEqualTo(2);
        assertThat(bank.err().strip()).startsWith("error: unknown bank 'nope'");
        Cli.Run format = Cli.run("quiz", "export", "all", "--format", "qti", "--out", out.toString(), "--home",
                Cli.home().toString());
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err().strip()).startsWith("error: --format must be gift or moodle-xml");
    }

    @Test
    void importTurnsAnExportedBankBackIntoAValidBankWithTheSameKeys(@TempDir Path dir) throws IOException {
        Path gift = dir.resolve("gift");
        assertThat(Cli.run("quiz", "export", "search", "--format", "gift", "--out", gift.toString(), "--home",
                Cli.home().toString()).exitCode()).isZero();
        Path banks = dir.resolve("banks");
        Cli.Run run = Cli.run("quiz", "import", gift.resolve("search.gift").toString(), "--out",
                banks.resolve("search-imported.yaml").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Chinese").contains("parameters");
        QuizLibrary imported = QuizLibrary.load(banks);
        assertThat(imported.problems()).isEmpty();
        Bank original = LIBRARY.bank("search").orElseThrow();
        Bank back = imported.bank("search-imported").orElseThrow();
        assertThat(back.topic()).isEqualTo(original.topic());
        assertThat(back.questions()).hasSameSizeAs(original.questions());
        for (int i = 0; i < original.questions().size(); i++) {
            Question a = original.questions().get(i);
            Question b = back.questions().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.type()).isEqualTo(a.type());
            assertThat(b.points()).isEqualTo(a.points());
            if (!a.parameterized()) {
                assertThat(b.common().text().en()).isEqualTo(a.common().text().en());
                assertThat(correctTexts(b)).isEqualTo(correctTexts(a));
            }
        }
    }

    @Test
    void importReportsWhatGiftCannotGiveWithFileAndLine(@TempDir Path dir) throws IOException {
        Path gift = dir.resolve("mixed.gift");
        Files.writeString(gift, """
                ::capital::What is 2 + 2?{=4 ~5 ####Because.}

                ::essay::Write about search.{}

                ::no-explanation::The sky is blue.{T}
                """, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("quiz", "import", gift.toString(), "--out", dir.resolve("mixed.yaml").toString(),
                "--topic", "search");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).containsPattern("mixed\\.gift:3: ").containsPattern("mixed\\.(gift|yaml):\\d+: .*")
                .contains("no-explanation", "nothing was written");
        assertThat(dir.resolve("mixed.yaml")).as("an import with problems writes nothing").doesNotExist();
    }

    /** A malformed GIFT file neither writes a bank of 0 questions nor replaces an existing bank. */
    @Test
    void importWithErrorsWritesNothingAndNeverOverwritesWithoutForce(@TempDir Path dir) throws IOException {
        Path gift = dir.resolve("broken.gift");
        Files.writeString(gift, "::q1::What? {=yes ~no\n", StandardCharsets.UTF_8);
        Path bank = dir.resolve("search.yaml");
        Files.writeString(bank, "kept: true\n", StandardCharsets.UTF_8);

        Cli.Run broken = Cli.run("quiz", "import", gift.toString(), "--out", dir.resolve("new.yaml").toString(),
                "--topic", "search", "--home", Cli.home().toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.out()).contains("broken.gift", "nothing was written");
        assertThat(dir.resolve("new.yaml")).doesNotExist();

        Files.writeString(gift, "::capital::What is 2 + 2?{=4 ~5 ####Because.}\n", StandardCharsets.UTF_8);
        Cli.Run existing = Cli.run("quiz", "import", gift.toString(), "--out", bank.toString(), "--topic", "search",
                "--home", Cli.home().toString());
        assertThat(existing.exitCode()).isEqualTo(2);
        assertThat(existing.err()).contains("exists", "--force");
        assertThat(bank).hasContent("kept: true");

        Cli.Run forced = Cli.run("quiz", "import", gift.toString(), "--out", bank.toString(), "--topic", "search",
                "--force", "--home", Cli.home().toString());
        assertThat(forced.exitCode()).as(forced.out() + forced.err()).isZero();
        assertThat(bank).content().contains("capital");
    }

    private static Set<String> correctTexts(Question q) {
        List<Option> options = switch (q) {
            case Question.SingleChoice s -> s.options();
            case Question.MultipleResponse m -> m.options();
            case Question.TrueFalse t -> List.of(new Option("answer", org.aibasis.quiz.bank.Text.both(
                    Boolean.toString(t.answer())), true, java.util.Optional.empty()));
            case Question.Numeric n -> List.of();
        };
        return Set.copyOf(options.stream().filter(Option::correct).map(o -> o.text().en()).toList());
    }
}
