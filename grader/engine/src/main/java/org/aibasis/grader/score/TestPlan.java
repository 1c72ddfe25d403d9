package org.aibasis.grader.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aibasis.grader.run.TestRef;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads a compiled test suite's plan (which methods are tests, their points and hints) from the class files,
 * without loading them: the plan is known even when the student's code does not compile.
 */
public final class TestPlan {
    private static final List<String> TEST_ANNOTATIONS = List.of(
            "Lorg/junit/jupiter/api/Test;", "Lorg/junit/jupiter/api/RepeatedTest;",
            "Lorg/junit/jupiter/params/ParameterizedTest;", "Lorg/junit/jupiter/api/TestFactory;",
            "Lorg/junit/jupiter/api/TestTemplate;", "Lnet/jqwik/api/Property;", "Lnet/jqwik/api/Example;");
    private static final String POINTS = "Lorg/aibasis/grader/api/Points;";
    private static final String HINT = "Lorg/aibasis/grader/api/Hint;";
    private static final List<String> LABELS = List.of("Lorg/junit/jupiter/api/DisplayName;",
            "Lnet/jqwik/api/Label;");

    private TestPlan() {
    }

    /**
     * @param testClasses   compiled test classes by binary name
     * @param requirePoints hidden suites must give every test its points; public tests default to 1
     * @throws IllegalStateException naming the test when {@code requirePoints} and a test has no points
     */
    public static List<PlannedTest> read(Map<String, byte[]> testClasses, boolean requirePoints) {
        List<PlannedTest> plan = new ArrayList<>();
        testClasses.keySet().stream().sorted().forEach(name -> {
            ClassReader reader = new ClassReader(testClasses.get(name));
            if ((reader.getAccess() & Opcodes.ACC_ABSTRACT) != 0) {
                return;
            }
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String method, String d, String s, String[] e) {
                    return new Collector(name, method, requirePoints, plan);
                }
            }, ClassReader.SKIP_CODE);
        });
        return List.copyOf(plan);
    }

    private static final class Collector extends MethodVisitor {
        private final String className;
        private final String method;
        private final boolean requirePoints;
        private final List<PlannedTest> plan;
        private boolean isTest;
        private Double points;
        private String hint;
        private String label;

        Collector(String className, String method, boolean requirePoints, List<PlannedTest> plan) {
            super(Opcodes.ASM9);
            this.className = className;
            this.method = method;
            this.requirePoints = requirePoints;
            this.plan = plan;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (TEST_ANNOTATIONS.contains(descriptor)) {
                isTest = true;
            }
            if (descriptor.equals(POINTS) || descriptor.equals(HINT) || LABELS.contains(descriptor)) {
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String name, Object value) {
                        if (!"value".equals(name)) {
                            return;
                        }
                        if (descriptor.equals(POINTS) && value instanceof Number n) {
                            points = n.doubleValue();
                        } else if (descriptor.equals(HINT)) {
                            hint = String.valueOf(value);
                        } else {
                            label = String.valueOf(value);
                        }
                    }
                };
            }
            return null;
        }

        @Override
        public void visitEnd() {
            if (!isTest) {
                return;
            }
            TestRef ref = new TestRef(className, method);
            if (points == null && requirePoints) {
                throw new IllegalStateException("hidden test " + ref.name() + " has no @Points: give every "
                        + "hidden test its points");
            }
            double p = points == null ? 1 : points;
            if (p <= 0) {
                throw new IllegalStateException("test " + ref.name() + " has @Points(" + p + "); points must be > 0");
            }
            plan.add(new PlannedTest(ref, label == null ? method : label, p, Optional.ofNullable(hint)));
        }
    }
}
