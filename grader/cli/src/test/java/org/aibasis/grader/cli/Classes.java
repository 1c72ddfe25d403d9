package org.aibasis.grader.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds class folders at test time from the sample submissions, and reads what grading wrote. */
final class Classes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Classes() {
    }

    /** {@code examples/class/<name>}. */
    static Path sample(String name) {
        return Cli.home().resolve("examples/class").resolve(name);
    }

    /** Copies a folder tree. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Zips a folder's content, then adds {@code extra} entries (name to content) as they are, hostile ones too. */
    static Path zip(Path from, Path zip, Map<String, byte[]> extra) throws IOException {
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream zos = new ZipOutputStream(os);
             Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                zos.putNextEntry(new ZipEntry(from.relativize(p).toString().replace('\\', '/')));
                zos.write(Files.readAllBytes(p));
                zos.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                zos.putNextEntry(new ZipEntry(e.getKey()));
                zos.write(e.getValue());
                zos.closeEntry();
            }
        }
        return zip;
    }

    /** A result JSON as any consumer reads it. */
    static JsonNode result(Path folder) {
        try {
            return JSON.readTree(folder.resolve("result.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exercise of that id in a result JSON. */
    static JsonNode exercise(JsonNode result, String id) {
        for (JsonNode e : result.get("exercises")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no exercise " + id + " in " + result);
    }
}
