package org.aibasis.grader.inspect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aibasis.grader.model.Diagnostic;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
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
 * through wildcards, var, method references), and a denied class reached only through a lambda still shows up.
 * Every class reference, member reference, constant and invokedynamic is checked; the submission's own classes
 * and the exercise's support classes are allowed.
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
     * @param own      every class compiled with them by binary name (theirs and the exercise's support classes),
     *                 which their code may always use
     * @param fileOf   binary name to the file as the student knows it
     * @param lineText file to a function giving the text of a line of it
     */
    public static List<Diagnostic> scan(Map<String, byte[]> classes, Map<String, byte[]> own, Policy policy,
                                        Map<String, String> fileOf, Function<String, Function<Long, String>> lineText) {
        Policy withOwn = policy.including(own.keySet().stream().map(n -> n.replace('.', '/'))
                .collect(Collectors.toSet()));
        Hierarchy hierarchy = new Hierarchy(own);
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
            new ClassReader(classes.get(name)).accept(new Visitor(withOwn, hierarchy, (line, what) -> {
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
        private final Hierarchy hierarchy;
        private final Sink sink;

        Visitor(Policy policy, Hierarchy hierarchy, Sink sink) {
            super(Opcodes.ASM9);
            this.policy = policy;
            this.hierarchy = hierarchy;
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
            checkDescriptor(0, Type.getMethodType(descriptor));
            return new MethodVisitor(Opcodes.ASM9) {
                private int line;

                @Override
                public void visitLineNumber(int l, Label start) {
                    line = l;
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
                    checkMember(line, owner, n);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String n, String d) {
                    checkMember(line, owner, n);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    checkType(line, type);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    checkType(line, type);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    checkConstant(line, value, true);
                }

                @Override
                public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... args) {
                    if (!Policy.JAVAC_BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                        sink.report(line, message("invokedynamic with the bootstrap method "
                                + bootstrap.getOwner().replace('/', '.') + "." + bootstrap.getName()
                                + " (javac emits only its own)"));
                    }
                    checkDescriptor(line, Type.getMethodType(d));
                    for (Object a : args) {
                        checkConstant(line, a, false);
                    }
                }

                @Override
                public void visitMultiANewArrayInsn(String d, int dims) {
                    checkDescriptor(line, Type.getType(d));
                }
            };
        }

        /**
         * A constant of an ldc or a bootstrap argument. As an ldc, a method type or handle is a
         * {@code java.lang.invoke} object the code holds; as an argument of javac's bootstraps, it only describes
         * the lambda's target, so only what it names is checked.
         */
        private void checkConstant(int line, Object value, boolean ldc) {
            switch (value) {
                case Type t when t.getSort() == Type.METHOD -> {
                    if (ldc) {
                        checkType(line, "java/lang/invoke/MethodType");
                    }
                    checkDescriptor(line, t);
                }
                case Type t -> checkDescriptor(line, t);
                case Handle h -> {
                    if (ldc) {
                        checkType(line, "java/lang/invoke/MethodHandle");
                    }
                    checkMember(line, h.getOwner(), h.getName());
                }
                case ConstantDynamic c -> checkConstantDynamic(line, c);
                default -> {
                }
            }
        }

        /** A dynamic constant may only be one javac makes for a pattern switch: an enum label's descriptor. */
        private void checkConstantDynamic(int line, ConstantDynamic c) {
            Handle bootstrap = c.getBootstrapMethod();
            if (!Policy.JAVAC_CONSTANT_BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                sink.report(line, message("a dynamic constant with the bootstrap method "
                        + bootstrap.getOwner().replace('/', '.') + "." + bootstrap.getName()
                        + " (javac emits only its own)"));
            }
            for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) {
                Object a = c.getBootstrapMethodArgument(i);
                if (a instanceof Handle h) {
                    if (!Policy.JAVAC_CONSTANT_FACTORIES.contains(h.getOwner() + "." + h.getName())) {
                        checkMember(line, h.getOwner(), h.getName());
                    }
                } else {
                    checkConstant(line, a, false);
                }
            }
        }

        private void checkMember(int line, String owner, String name) {
            policy.checkMember(owner, name, hierarchy).ifPresent(what -> sink.report(line, message(what)));
        }

        private void checkDescriptor(int line, Type t) {
            if (t.getSort() == Type.METHOD) {
                checkDescriptor(line, t.getReturnType());
                for (Type a : t.getArgumentTypes()) {
                    checkDescriptor(line, a);
                }
                return;
            }
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
                    + "reflection, method handles, exit, environment, global settings or native code); keep to "
                    + "java.lang, java.util, java.math and java.text";
        }
    }
}
