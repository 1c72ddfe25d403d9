package org.aibasis.grader.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds what must never reach students in a folder, reading every file and every entry of the jars and zips in
 * it (nested too): a hidden test class (by its path), a compiled class of the course's packages, a
 * file of {@code solutions/} by its content (its lines that no file of {@code exercises/} has, so a renamed copy is
 * found too) and a quiz bank or quiz definition.
 */
final class BundleLeaks {
    /** Lines this short ({@code }}, {@code return x;}) prove nothing. */
    private static final int MIN_LINE = 20;
    /** A file leaks a secret one when it holds this many of its distinctive lines (or all, if it has fewer). */
    private static final int MIN_SHARED_LINES = 3;
    private static final Pattern TEXT = Pattern.compile(".*\\.(java|md|ya?ml|txt|xml|html?|properties|json|diff|ftl"
            + "|sh|csv|js|css)$|[^.]*");

    private final Set<String> hiddenClasses = new HashSet<>();
    /** Distinctive line → the secret files that hold it. */
    private final Map<String, List<Path>> secretLines = new HashMap<>();
    private final Map<Path, Integer> distinctiveCount = new HashMap<>();
    private final Set<String> quizFiles = new HashSet<>();

    BundleLeaks(Path home) throws IOException {
        Set<String> publicLines = new HashSet<>();
        for (Path f : files(home.resolve("exercises"))) {
            publicLines.addAll(lines(Files.readString(f)));
        }
        Path solutions = home.resolve("solutions");
        for (Path f : files(solutions)) {
            String rel = solutions.relativize(f).toString().replace('\\', '/');
            var test = Pattern.compile("^(?:shared/)?[^/]+/test/(.+)\\.java$").matcher(rel);
            if (test.matches()) {
                hiddenClasses.add(test.group(1));
            }
            Set<String> distinctive = new HashSet<>(lines(Files.readString(f)));
            distinctive.removeAll(publicLines);
            distinctive.forEach(line -> secretLines.computeIfAbsent(line, l -> new ArrayList<>()).add(f));
            distinctiveCount.put(f, distinctive.size());
        }
        try (Stream<Path> banks = Files.list(home.resolve("quizzes"))) {
            banks.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> quizFiles.add(p.getFileName().toString()));
        }
        try (Stream<Path> defs = Files.list(home.resolve("quizzes/quizzes"))) {
            defs.forEach(p -> quizFiles.add(p.getFileName().toString()));
        }
    }

    /** Every leak in {@code bundle}, one line each naming the file (and the entry inside a jar). */
    List<String> scan(Path bundle) throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Path f : files(bundle)) {
            String name = bundle.relativize(f).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(f)) {
                entry(name, in.readAllBytes(), leaks);
            }
        }
        return leaks;
    }

    private void entry(String name, byte[] bytes, List<String> leaks) throws IOException {
        if (name.endsWith(".jar") || name.endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (!e.isDirectory()) {
                        entry(name + "!/" + e.getName(), zip.readAllBytes(), leaks);
                    }
                }
            }
            return;
        }
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (quizFiles.contains(base)) {
            leaks.add(name + ": a quiz bank or quiz definition (it holds the keys)");
        }
        for (String hidden : hiddenClasses) {
            if (name.endsWith("/" + hidden + ".java") || name.endsWith("/" + hidden + ".class")
                    || name.contains("/" + hidden + "$")) {
                leaks.add(name + ": the hidden test class " + hidden);
            }
        }
        if (name.endsWith(".class")) {
            String entryName = name.substring(name.lastIndexOf("!/") + 2);
            if (entryName.startsWith("course/")) {
                leaks.add(name + ": a compiled course class");
            }
            return;
        }
        if (TEXT.matcher(base).matches()) {
            Map<Path, Integer> shared = new HashMap<>();
            for (String line : lines(new String(bytes, StandardCharsets.UTF_8))) {
                secretLines.getOrDefault(line, List.of()).forEach(p -> shared.merge(p, 1, Integer::sum));
            }
            shared.forEach((secret, count) -> {
                if (count >= Math.min(MIN_SHARED_LINES, distinctiveCount.get(secret))) {
                    leaks.add(name + ": holds " + count + " lines found only in " + secret);
                }
            });
        }
    }

    private static Set<String> lines(String text) {
        Set<String> lines = new HashSet<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.length() >= MIN_LINE) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/target/")).sorted().toList();
        }
    }
}
