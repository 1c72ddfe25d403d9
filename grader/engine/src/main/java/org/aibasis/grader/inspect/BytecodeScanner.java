package org.aibasis.grader.inspect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.aibasis.grader.model.Diagnostic;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the student's class files and reports every use of something the {@link Policy} denies, with the
 * student's file and line, before any of their code runs.
 *
 * <p>Scanning bytecode rather than source catches what the source hides (fully qualified names, imports
 * through wildcards, var), and a denied class reached only through a lambda still shows up.
 */
public final class BytecodeScanner {
    /** Packages student code must never be declared in: they would shadow or impersonate the grader. */
    private static final List<String> RESERVED = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/",
            "org/aibasis/", "org/junit/", "net/jqwik/", "org/assertj/", "org/opentest4j/", "org/objectweb/",
            "com/fasterxml/", "freemarker/", "picocli/");

    private BytecodeScanner() {
    }

    /**
     * @param classes  the student's classes by binary name
     * @param fileOf   binary name to the file as the student knows it
     * @param lineText file to a function giving the text of a line of it
     */
    public static List<Diagnostic> scan(Map<String, byte[]> classes, Policy policy, Map<String, String> fileOf,
                                        Function<String, Function<Long, String>> lineText) {
        List<Diagnostic> found = new ArrayList<>();
        classes.keySet().stream().sorted().forEach(name -> {
            String file = fileOf.getOrDefault(name, "");
            Function<Long, String> text = lineText.apply(file);
            String internal = name.replace('.', '/');
            if (RESERVED.stream().anyMatch(internal::startsWith)) {
                found.add(new Diagnostic(file, 0, 0, "class " + name + " is declared in a reserved package; "
                        + "keep the package the skeleton declares", ""));
                return;
            }
            Set<String> seen = new LinkedHashSet<>();
            new ClassReader(classes.get(name)).accept(new Visitor(policy, (line, what) -> {
                if (seen.add(line + what)) {
                    found.add(new Diagnostic(file, line, 0, what, text.apply((long) line)));
                }
            }), 0);
        });
        return found;
    }

    private interface Sink {
        void report(int line, String what);
    }

    private static final class Visitor extends ClassVisitor {
        private final Policy policy;
        private final Sink sink;

        Visitor(Policy policy, Sink sink) {
            super(Opcodes.ASM9);
            this.policy = policy;
            this.sink = sink;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            checkType(0, superName);
            if (interfaces != null) {
                for (String i : interfaces) {
                    checkType(0, i);
                }
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            checkDescriptor(0, Type.getType(descriptor));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                sink.report(0, "native method " + name + ": student code may not call native code");
            }
            Type m = Type.getMethodType(descriptor);
            checkDescriptor(0, m.getReturnType());
            for (Type t : m.getArgumentTypes()) {
                checkDescriptor(0, t);
            }
            return new MethodVisitor(Opcodes.ASM9) {
                private int line;

                @Override
                public void visitLineNumber(int l, Label start) {
                    line = l;
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
                    report(policy.checkMember(owner, n));
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String n, String d) {
                    report(policy.checkMember(owner, n));
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    checkType(line, type);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof Type t && t.getSort() == Type.OBJECT) {
                        checkType(line, t.getInternalName());
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... args) {
                    report(policy.checkMember(bootstrap.getOwner(), bootstrap.getName()));
                    for (Object a : args) {
                        if (a instanceof Handle h) {
                            report(policy.checkMember(h.getOwner(), h.getName()));
                        }
                    }
                }

                @Override
                public void visitMultiANewArrayInsn(String d, int dims) {
                    checkDescriptor(line, Type.getType(d));
                }

                private void report(Optional<String> denied) {
                    denied.ifPresent(what -> sink.report(line, message(what)));
                }
            };
        }

        private void checkDescriptor(int line, Type t) {
            Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
            if (e.getSort() == Type.OBJECT) {
                checkType(line, e.getInternalName());
            }
        }

        private void checkType(int line, String internalName) {
            if (internalName != null) {
                policy.checkClass(internalName).ifPresent(what -> sink.report(line, message(what)));
            }
        }

        private static String message(String what) {
            return "uses " + what + ", which graded code may not use (no files, network, threads, processes, "
                    + "reflection, exit, environment or native code); remove it and keep to java.lang, java.util "
                    + "and java.math";
        }
    }
}
