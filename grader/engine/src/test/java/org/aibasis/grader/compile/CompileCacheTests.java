package org.aibasis.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.aibasis.grader.locate.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTests {
    private static final List<SourceFile> SOURCES = List.of(
            new SourceFile("p/A.java", "package p; public class A { public int f() { return 1; } }"),
            new SourceFile("p/B.java", "package p; public class B extends A { class Inner { } }"));

    @TempDir
    Path folder;

    @Test
    void aSecondInvocationCompilesNothingAndGetsTheSameClasses() {
        CompileCache first = CompileCache.in(folder, "v1");
        Compiled.Success compiled = (Compiled.Success) first.compile(SOURCES, List.of());
        assertThat(first.compilations()).isEqualTo(1);

        CompileCache second = CompileCache.in(folder, "v1");
        Compiled.Success cached = (Compiled.Success) second.compile(SOURCES, List.of());
        assertThat(second.compilations()).isZero();
        assertThat(cached.origin()).isEqualTo(compiled.origin()).containsEntry("p.B$Inner", "p/B.java");
        assertThat(cached.classes().keySet()).isEqualTo(compiled.classes().keySet());
        compiled.classes().forEach((name, bytes) -> assertThat(cached.classes().get(name)).isEqualTo(bytes));
    }

    @Test
    void aChangedSourceOrGraderVersionIsCompiledAgain() {
        CompileCache.in(folder, "v1").compile(SOURCES, List.of());
        List<SourceFile> changed = List.of(SOURCES.get(0), new SourceFile("p/B.java",
                "package p; public class B extends A { public int g() { return 2; } }"));
        CompileCache again = CompileCache.in(folder, "v1");
        Compiled.Success recompiled = (Compiled.Success) again.compile(changed, List.of());
        assertThat(again.compilations()).isEqualTo(1);
        assertThat(recompiled.classes()).doesNotContainKey("p.B$Inner");

        CompileCache newGrader = CompileCache.in(folder, "v2");
        newGrader.compile(SOURCES, List.of());
        assertThat(newGrader.compilations()).isEqualTo(1);
    }

    @Test
    void aCorruptEntryIsIgnoredAndWrittenAgain() throws IOException {
        CompileCache.in(folder, "v1").compile(SOURCES, List.of());
        List<Path> entries = entries();
        assertThat(entries).hasSize(1);
        byte[] bytes = Files.readAllBytes(entries.get(0));
        bytes[bytes.length / 2] ^= 1;
        Files.write(entries.get(0), bytes);

        CompileCache afterCorruption = CompileCache.in(folder, "v1");
        assertThat(afterCorruption.compile(SOURCES, List.of())).isInstanceOf(Compiled.Success.class);
        assertThat(afterCorruption.compilations()).isEqualTo(1);

        Files.write(entries.get(0), new byte[] {1, 2, 3});
        CompileCache afterTruncation = CompileCache.in(folder, "v1");
        afterTruncation.compile(SOURCES, List.of());
        assertThat(afterTruncation.compilations()).isEqualTo(1);

        CompileCache repaired = CompileCache.in(folder, "v1");
        repaired.compile(SOURCES, List.of());
        assertThat(repaired.compilations()).isZero();
    }

    @Test
    void failuresAreNotKept() {
        List<SourceFile> broken = List.of(new SourceFile("p/C.java", "package p; class C { int x = ; }"));
        CompileCache first = CompileCache.in(folder, "v1");
        assertThat(first.compile(broken, List.of())).isInstanceOf(Compiled.Failure.class);
        CompileCache second = CompileCache.in(folder, "v1");
        assertThat(second.compile(broken, List.of())).isInstanceOf(Compiled.Failure.class);
        assertThat(second.compilations()).isEqualTo(1);
    }

    @Test
    void concurrentInvocationsEachGetWholeEntries() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Compiled>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(threads.submit(() -> CompileCache.in(folder, "v1").compile(SOURCES, List.of())));
            }
            for (Future<Compiled> r : results) {
                assertThat(((Compiled.Success) r.get()).classes()).containsKeys("p.A", "p.B", "p.B$Inner");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(entries()).hasSize(1);
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
        CompileCache after = CompileCache.in(folder, "v1");
        after.compile(SOURCES, List.of());
        assertThat(after.compilations()).isZero();
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsSpeed() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        CompileCache cache = CompileCache.in(notAFolder, "v1");
        assertThat(cache.compile(SOURCES, List.of())).isInstanceOf(Compiled.Success.class);
        assertThat(cache.compile(SOURCES, List.of())).isInstanceOf(Compiled.Success.class);
        assertThat(cache.compilations()).isEqualTo(2);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> all = Files.list(folder.resolve("classes"))) {
            return all.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }
}
