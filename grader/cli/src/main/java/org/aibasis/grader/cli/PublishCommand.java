package org.aibasis.grader.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.aibasis.grader.api.Points;
import org.aibasis.grader.course.Course;
import org.aibasis.grader.course.Exercise;
import org.aibasis.grader.course.SharedLibrary;
import org.aibasis.grader.model.Language;
import org.aibasis.grader.testkit.FixedSeedHook;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.QuizDefinition;
import org.aibasis.reports.ReportFiles;
import org.aibasis.reports.quiz.QuizPageHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code publish}: what students receive, a folder that is the student repository. Only {@code exercises/} (the
 * skeletons and public tests), pages of the practice quizzes and the grader itself go in: never {@code solutions/}
 * nor a quiz bank.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Write the student bundle: exercises/ as a Maven project (a module per exercise, the "
                + "grader's test API in exercises/repo/), the practice quizzes as offline pages, bin/grader for "
                + "`check`, the student README and the GitHub Classroom workflow.",
                "It holds no reference solution, no hidden test and no quiz bank."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "2:bad usage or input: nothing was written", Errors.BROKEN_EXIT,
                Errors.INTERNAL_EXIT})
final class PublishCommand implements Callable<Integer> {
    private static final String RESOURCES = "/org/aibasis/grader/cli/publish/";
    private static final String PRACTICE_SUFFIX = "-practice";
    private static final String WORKFLOW = ".github/workflows/classroom.yml";
    /** The versions of JUnit, jqwik, AssertJ and the Maven plugins this build uses, for the bundle's pom. */
    private static final java.util.Properties VERSIONS = versions();

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The bundle's folder: new or empty.")
    Path out;

    @Option(names = "--quiz", paramLabel = "ID",
            description = "A practice quiz to include as a page (repeatable; its page holds its keys). Default: "
                    + "every quiz definition whose id ends in " + PRACTICE_SUFFIX + ".")
    List<String> quizzes = List.of();

    @Override
    public Integer call() throws IOException {
        Course course = common.course();
        QuizLibrary library = QuizLibrary.load(common.quizzes());
        List<String> chosen = quizzes.isEmpty() ? library.quizzes().stream().map(QuizDefinition::id)
                .filter(id -> id.endsWith(PRACTICE_SUFFIX)).toList() : quizzes;
        for (String quiz : chosen) {
            if (library.quiz(quiz).isEmpty()) {
                throw new Errors.UsageException("--quiz " + quiz + " is not a quiz of " + common.quizzes());
            }
        }
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !emptyFolder(dir)) {
            throw new Errors.UsageException("--out " + out + " exists and is not an empty folder; give a new "
                    + "folder");
        }
        if (OutputFolder.within(dir, course.home())) {
            throw new Errors.UsageException("--out " + out + " is inside the course " + course.home()
                    + "; give a folder outside it (the bundle must not sit next to solutions/)");
        }
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".tmp-");
        try {
            write(course, library, chosen, tmp);
            Files.deleteIfExists(dir);
            Files.move(tmp, dir);
        } finally {
            if (Files.exists(tmp)) {
                Cleanup.delete(tmp);
            }
        }
        System.out.println("Student bundle: " + dir + " (" + course.exercises().size() + " exercises, "
                + chosen.size() + " practice quizzes). Give students the whole folder, e.g. as a GitHub Classroom "
                + "template repository.");
        return 0;
    }

    private static boolean emptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void write(Course course, QuizLibrary library, List<String> quizzes, Path root)
            throws IOException {
        BundledGrader.script(root.resolve("bin/grader"), resource("grader"));
        BundledGrader.script(root.resolve("bin/find-jdk"), Files.readString(course.home().resolve("bin/find-jdk")));
        BundledGrader.copyClassPath(root.resolve("grader/lib"));
        Path exercises = root.resolve("exercises");
        String version = writeRepository(exercises.resolve("repo"));
        Set<SharedLibrary> shared = new LinkedHashSet<>();
        course.exercises().forEach(e -> shared.addAll(e.uses()));
        List<String> modules = new java.util.ArrayList<>();
        for (SharedLibrary lib : shared) {
            String folder = SharedLibrary.FOLDER + "/" + lib.name();
            BundledGrader.copyTree(lib.sourceDir(), exercises.resolve(folder).resolve("src"));
            writeModule(exercises.resolve(folder), "../..", sharedArtifact(lib), "Shared library " + lib.name(), "");
            modules.add(folder);
        }
        for (Exercise e : course.exercises()) {
            BundledGrader.copyTree(e.skeletonDir(), exercises.resolve(e.id()));
            String deps = e.uses().stream().map(lib -> dependency("org.aibasis.course", sharedArtifact(lib), "1")).collect(Collectors.joining("\n"));
            writeModule(exercises.resolve(e.id()), "..", e.id(), e.title(), deps);
            modules.add(e.id());
        }
        String pom = resource("parent-pom.xml").replace("@GRADER@", version).replace("@MODULES@", modules.stream()
                .map(m -> "    <module>" + m + "</module>").collect(Collectors.joining("\n")));
        for (String name : VERSIONS.stringPropertyNames()) {
            pom = pom.replace("@" + name.toUpperCase(java.util.Locale.ROOT) + "@", VERSIONS.getProperty(name));
        }
        ReportFiles.writeAtomically(exercises.resolve("pom.xml"), pom);
        // .mvn/ marks exercises/ as the root, so ${maven.multiModuleProjectDirectory} holds in a module's folder
        ReportFiles.writeAtomically(exercises.resolve(".mvn/maven.config"), "");
        for (String quiz : quizzes) {
            for (Language language : Language.values()) {
                String page = language == Language.EN ? "index.html" : "index.zh.html";
                ReportFiles.writeAtomically(root.resolve("quizzes").resolve(quiz).resolve(page),
                        QuizPageHtml.render(library.instantiate(quiz, "self", 1), language));
            }
        }
        Files.createDirectories(root.resolve(WORKFLOW).getParent());
        Files.copy(course.home().resolve("examples/github-classroom").resolve(WORKFLOW), root.resolve(WORKFLOW));
        ReportFiles.writeAtomically(root.resolve(".gitignore"), "target/\n");
        ReportFiles.writeAtomically(root.resolve("README.md"), resource("README.md")
                .replace("@EXERCISES@", course.exercises().stream().map(e -> "`" + e.id() + "`")
                        .collect(Collectors.joining(", ")))
                .replace("@QUIZZES@", quizzes.isEmpty() ? "none" : quizzes.stream().map(q -> "`" + q + "`")
                        .collect(Collectors.joining(", "))));
    }

    private static String sharedArtifact(SharedLibrary lib) {
        return "shared-" + lib.name();
    }

    private static void writeModule(Path dir, String parent, String artifact, String title, String dependencies)
            throws IOException {
        ReportFiles.writeAtomically(dir.resolve("pom.xml"), resource("module-pom.xml").replace("@PARENT@", parent)
                .replace("@ARTIFACT@", artifact).replace("@TITLE@", xml(title)).replace("@DEPENDENCIES@", dependencies));
    }

    /**
     * Writes grader-api and grader-testkit as a Maven repository and returns their version: the grader's, with a
     * digest of their code, so that a student's local repository never keeps an older bundle's jars.
     */
    private static String writeRepository(Path repo) throws IOException {
        byte[] api = BundledGrader.jarOf(Points.class);
        byte[] testkit = BundledGrader.jarOf(FixedSeedHook.class);
        String version = Main.VERSION.substring(Main.VERSION.lastIndexOf(' ') + 1) + "-"
                + sha1(api, testkit).substring(0, 12);
        writeArtifact(repo, "grader-api", version, api, "");
        writeArtifact(repo, "grader-testkit", version, testkit,
                dependency("net.jqwik", "jqwik", VERSIONS.getProperty("jqwik")));
        return version;
    }

    private static void writeArtifact(Path repo, String artifact, String version, byte[] jar, String dependencies)
            throws IOException {
        Path dir = repo.resolve("org/aibasis").resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        String base = artifact + "-" + version;
        byte[] pom = resource("artifact-pom.xml").replace("@ARTIFACT@", artifact).replace("@GRADER@", version)
                .replace("@DEPENDENCIES@", dependencies).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(base + ".jar"), jar);
        Files.write(dir.resolve(base + ".pom"), pom);
        // checksums: without them Maven warns at every download
        Files.writeString(dir.resolve(base + ".jar.sha1"), sha1(jar));
        Files.writeString(dir.resolve(base + ".pom.sha1"), sha1(pom));
    }

    private static String dependency(String group, String artifact, String version) {
        return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>"
                + version + "</version></dependency>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("--", "- -");
    }

    private static String sha1(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-1", e);
        }
    }

    private static String resource(String name) throws IOException {
        return BundledGrader.resource(RESOURCES + name);
    }

    private static java.util.Properties versions() {
        java.util.Properties versions = new java.util.Properties();
        try {
            versions.load(new java.io.StringReader(resource("versions.properties")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return versions;
    }
}
