package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Problem;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.bank.Topics;
import org.aibasis.quiz.lms.Gift;
import org.aibasis.quiz.lms.GiftImport;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.quiz.BankYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quiz import}: turns a GIFT file into a bank file of ours and validates it. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Convert a Moodle GIFT file into a question bank (YAML) and validate it.",
                "Lost on the way (GIFT cannot say it): Chinese texts unless written with {mlang} tags (both "
                        + "languages get the same text: translate before use), parameters (a parameterized question "
                        + "comes back as the one variant exported), option ids (they become o1, o2, ...) and "
                        + "relative tolerances. Essay, short-answer and matching questions are skipped.",
                "Nothing is written when the file has problems, and an existing bank is replaced only with --force."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported and valid", "2:bad usage, or the file has problems: nothing was written",
                Errors.INTERNAL_EXIT})
final class QuizImportCommand implements Callable<Integer> {
    private static final Pattern HEADER = Pattern.compile("(?m)^// bank (\\S+) \\(topic (\\S+)\\): (.*)$");
    /** Larger GIFT files are not read: a bank of a few hundred questions is well below. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    @Mixin
    CommonOptions common;

    @Mixin
    Overwrite overwrite;

    @Parameters(paramLabel = "FILE", description = "The GIFT file.")
    Path file;

    @Option(names = "--out", paramLabel = "BANK.yaml", required = true,
            description = "The bank file to write; its name (without .yaml) is the bank id.")
    Path out;

    @Option(names = "--topic", paramLabel = "TOPIC",
            description = "The bank's topic. Default: the topic in the file's `// bank` header written by export.")
    Optional<String> topic = Optional.empty();

    @Option(names = "--title", paramLabel = "TEXT", description = "The bank's title (both languages). Default: the "
            + "title in the file's header, else the bank id.")
    Optional<String> title = Optional.empty();

    @Override
    public Integer call() throws IOException {
        String name = out.getFileName().toString();
        if (!name.endsWith(".yaml")) {
            throw new Errors.UsageException("--out must name a .yaml file, was " + out);
        }
        String id = name.substring(0, name.length() - ".yaml".length());
        if (!Files.isRegularFile(file)) {
            throw new Errors.UsageException(file + (Files.exists(file) ? " is not a file" : " does not exist")
                    + " (give a .gift file)");
        }
        if (Files.exists(out) && !overwrite.force) {
            throw new Errors.UsageException("--out " + out + " exists; add --force to replace it (nothing was "
                    + "written)");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new Errors.UsageException(file + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB and "
                    + "was not read (split it into several files)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Errors.UsageException(file + " is not UTF-8 text (save it as UTF-8)");
        }
        Matcher header = HEADER.matcher(text);
        boolean hasHeader = header.find();
        String bankTopic = topic.orElseGet(() -> hasHeader ? header.group(2) : "");
        if (!Topics.known(bankTopic)) {
            throw new Errors.UsageException((bankTopic.isEmpty() ? "the file names no topic" : "unknown topic '"
                    + bankTopic + "'") + " (give --topic, one of " + String.join(", ", Topics.ORDER) + ")");
        }
        String bankTitle = title.orElseGet(() -> hasHeader ? header.group(3).strip() : id);

        GiftImport imported = Gift.parse(file, text);
        List<Problem> problems = new ArrayList<>(imported.problems());
        String yaml = BankYaml.render(id, bankTopic, Text.both(bankTitle), Scheme.ALL_OR_NOTHING,
                imported.questions());
        try (OnSignal signal = new OnSignal()) {
            problems.addAll(validate(id, yaml, signal.scratch("import")));
        }
        if (imported.questions().isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(file, 0, "holds no question that GIFT import can read (single choice, multiple"
                    + " response, true/false, numeric)"));
        }
        if (!problems.isEmpty()) {
            Warnings.print(System.out, "", problems.stream().map(Problem::toString).toList(), "");
            System.out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " (file:line "
                    + "above); nothing was written. Fix the GIFT file and import again.");
            return Errors.BAD_INPUT;
        }
        ReportFiles.writeAtomically(out, yaml);
        System.out.println("wrote " + out + ": " + imported.questions().size() + " questions, bank '" + id
                + "', topic " + bankTopic + ".");
        System.out.println("Not in GIFT, so check by hand: the Chinese texts (both languages now hold the same text),"
                + " parameters (a parameterized question is the one exported variant), option ids (o1, o2, ...),"
                + " and each multiple-response question's scheme where the file had no `// aibasis:` comment.");
        return 0;
    }

    /** The validator's problems for the bank text, named after {@link #out} instead of the scratch copy. */
    private List<Problem> validate(String id, String yaml, Path scratch) throws IOException {
        Path copy = scratch.resolve(id + ".yaml");
        Files.writeString(copy, yaml, StandardCharsets.UTF_8);
        QuizLibrary library = QuizLibrary.load(scratch);
        return library.problems().stream().map(p -> p.file().equals(copy) ? new Problem(out, p.line(),
                p.message()) : p).toList();
    }
}
