package org.aibasis.grader.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.aibasis.grader.locate.SourceFile;
import org.aibasis.grader.model.Diagnostic;

/**
 * Compiles sources with {@code javax.tools} without touching the disk; errors come back with the student's
 * file, line and the text of that line.
 *
 * <p>Annotation processing is off ({@code -proc:none}): a processor would be code running in the grader.
 */
public final class InMemoryCompiler {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    /** Enough to explain the problem; hundreds of follow-on errors help nobody. */
    private static final int MAX_ERRORS = 20;

    private InMemoryCompiler() {
    }

    /**
     * @param sources    all sources of one compilation
     * @param classPath  class path entries (jars or folders); empty for student code, which needs only the JDK
     */
    public static Compiled compile(List<SourceFile> sources, List<String> classPath) {
        if (JAVAC == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the grader on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager std = JAVAC.getStandardFileManager(diagnostics, Locale.ENGLISH,
                StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> out = new ConcurrentHashMap<>();
        Map<String, String> origin = new ConcurrentHashMap<>();
        List<Source> units = sources.stream().map(Source::new).toList();
        try (JavaFileManager fm = new MemoryFileManager(std, out, origin)) {
            List<String> options = new ArrayList<>(List.of("--release", "21", "-proc:none", "-g", "-parameters",
                    "-encoding", "UTF-8", "-Xlint:none", "-Xmaxerrs", String.valueOf(MAX_ERRORS), "-nowarn"));
            // an explicit class path, also when empty: the default would be the grader's own
            std.setLocation(javax.tools.StandardLocation.CLASS_PATH,
                    classPath.stream().map(java.io.File::new).toList());
            StringWriter javacOut = new StringWriter();
            boolean ok = JAVAC.getTask(javacOut, fm, diagnostics, options, null, units).call();
            if (!ok) {
                return new Compiled.Failure(errors(diagnostics, sources, javacOut.toString()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, byte[]> classes = new java.util.HashMap<>();
        out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return new Compiled.Success(classes, origin);
    }

    private static List<Diagnostic> errors(DiagnosticCollector<JavaFileObject> collected, List<SourceFile> sources,
                                           String javacOut) {
        List<Diagnostic> errors = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
            if (d.getKind() != javax.tools.Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() instanceof Source s ? s.file.path() : "";
            String line = d.getSource() instanceof Source s ? s.file.line(d.getLineNumber()) : "";
            errors.add(new Diagnostic(file, Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
                    d.getMessage(Locale.ENGLISH), line));
        }
        if (errors.isEmpty()) {
            // javac reports its own crashes as a stack trace on its output: the student gets the cause, not the trace
            String said = javacOut.strip();
            errors.add(Diagnostic.general(said.contains("StackOverflowError")
                    ? "the compiler ran out of stack on this code: something is nested far too deep (expressions, "
                    + "blocks or types); simplify it"
                    : "the compiler failed without a message" + said.lines().findFirst().map(l -> ": " + l)
                    .orElse("")));
        }
        return errors;
    }

    /** A source held in memory; its URI keeps the student's path so javac's messages name it. */
    private static final class Source extends SimpleJavaFileObject {
        final SourceFile file;

        Source(SourceFile file) {
            super(URI.create("string:///" + file.path().replace(' ', '_')), Kind.SOURCE);
            this.file = file;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return file.content();
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> out;
        private final Map<String, String> origin;

        MemoryFileManager(StandardJavaFileManager std, Map<String, ByteArrayOutputStream> out,
                          Map<String, String> origin) {
            super(std);
            this.out = out;
            this.origin = origin;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            if (sibling instanceof Source s) {
                origin.put(className, s.file.path());
            }
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                    kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    out.put(className, bytes);
                    return bytes;
                }
            };
        }
    }
}
