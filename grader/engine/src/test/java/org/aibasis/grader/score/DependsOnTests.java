package org.aibasis.grader.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.aibasis.grader.compile.Compiled;
import org.aibasis.grader.compile.InMemoryCompiler;
import org.aibasis.grader.locate.SourceFile;
import org.junit.jupiter.api.Test;

/** {@code @DependsOn} is checked when the suite is planned: every entry names one test, and there is no cycle. */
class DependsOnTests {
    private static List<PlannedTest> plan(String body) {
        String source = """
                package p;
                import org.aibasis.grader.api.*;
                import org.junit.jupiter.api.Test;
                class SuiteTests {
                %s
                }
                """.formatted(body);
        Compiled compiled = InMemoryCompiler.compile(List.of(new SourceFile("p/SuiteTests.java", source)),
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        assertThat(compiled).isInstanceOf(Compiled.Success.class);
        return TestPlan.read(((Compiled.Success) compiled).classes(), Map.of(), true);
    }

    @Test
    void entriesResolveToTestNamesByMethodOrByClassAndMethod() {
        List<PlannedTest> plan = plan("""
                @Test @Points(1) void a() {}
                @Test @Points(1) @DependsOn("a") void b() {}
                @Test @Points(1) @DependsOn({"SuiteTests.a", "b"}) void c() {}
                """);
        assertThat(plan).extracting(PlannedTest::dependsOn).containsExactly(List.of(), List.of("SuiteTests.a"),
                List.of("SuiteTests.a", "SuiteTests.b"));
    }

    @Test
    void anEntryThatNamesNoTestIsRefusedNamingTheClassAndTheFix() {
        assertThatThrownBy(() -> plan("""
                @Test @Points(1) @DependsOn("nope") void b() {}
                """)).isInstanceOf(IllegalStateException.class).hasMessageContainingAll("test class p.SuiteTests",
                "SuiteTests.b", "@DependsOn(\"nope\")", "names no test", "SimpleClassName.methodName");
    }

    @Test
    void aCycleIsRefusedWithItsPath() {
        assertThatThrownBy(() -> plan("""
                @Test @Points(1) @DependsOn("c") void a() {}
                @Test @Points(1) @DependsOn("a") void b() {}
                @Test @Points(1) @DependsOn("b") void c() {}
                """)).isInstanceOf(IllegalStateException.class).hasMessageContainingAll("test class p.SuiteTests",
                "cycle", "SuiteTests.a -> SuiteTests.c -> SuiteTests.b -> SuiteTests.a", "remove one");
        assertThatThrownBy(() -> plan("""
                @Test @Points(1) @DependsOn("a") void a() {}
                """)).hasMessageContaining("SuiteTests.a -> SuiteTests.a");
    }

    @Test
    void anEntryNamingOverloadsMustPickOne() {
        assertThatThrownBy(() -> plan("""
                @Test @Points(1) void a() {}
                @org.junit.jupiter.params.ParameterizedTest @org.junit.jupiter.params.provider.ValueSource(ints = 1)
                @Points(1) void a(int x) {}
                @Test @Points(1) @DependsOn("a") void b() {}
                """)).hasMessageContainingAll("names several tests", "SuiteTests.a()", "SuiteTests.a(int)");
        assertThat(plan("""
                @Test @Points(1) void a() {}
                @org.junit.jupiter.params.ParameterizedTest @org.junit.jupiter.params.provider.ValueSource(ints = 1)
                @Points(1) void a(int x) {}
                @Test @Points(1) @DependsOn("a(int)") void b() {}
                """).get(2).dependsOn()).containsExactly("SuiteTests.a(int)");
    }
}
