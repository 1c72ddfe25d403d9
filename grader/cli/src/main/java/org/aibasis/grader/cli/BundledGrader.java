package org.aibasis.grader.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Copies the running grader and course files into a bundle another machine runs (Gradescope, a student). */
final class BundledGrader {
    private BundledGrader() {
    }

    /** Writes the running grader's class path into {@code lib} as jars numbered to keep its order. */
    static void copyClassPath(Path lib) throws IOException {
        Files.createDirectories(lib);
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(
                java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).filter(Files::exists)
                .toList();
        for (int i = 0; i < classPath.size(); i++) {
            Path entry = classPath.get(i);
            String name = String.format("%03d-", i) + (Files.isDirectory(entry)
                    ? entry.toAbsolutePath().getParent().getParent().getFileName() + "-"
                    + entry.getFileName() + ".jar" : entry.getFileName().toString());
            if (Files.isDirectory(entry)) {
                Files.write(lib.resolve(name), jar(entry));
            } else {
                Files.copy(entry, lib.resolve(name));
            }
        }
    }

    /** A text resource of the grader, by its absolute resource name. */
    static String resource(String name) throws IOException {
        try (InputStream in = BundledGrader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the grader lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes an executable script. */
    static void script(Path target, String text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, text);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Copies the course's files (no links, no build output) under {@code to}. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Path rel = from.relativize(f);
                if (rel.toString().replace('\\', '/').matches("(.*/)?target/.*")) {
                    continue;
                }
                Path target = to.resolve(rel.toString().replace('\\', '/'));
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    /** The code of a class: its jar's bytes, or its class folder (a build's target/classes) made a jar. */
    static byte[] jarOf(Class<?> type) throws IOException {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? jar(location) : Files.readAllBytes(location);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the code of " + type.getName(), e);
        }
    }

    /** A class folder as a jar. */
    private static byte[] jar(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> {
                try {
                    jar.putNextEntry(new JarEntry(dir.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, jar);
                    jar.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return bytes.toByteArray();
    }
}
