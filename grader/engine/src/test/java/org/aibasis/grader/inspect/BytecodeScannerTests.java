package org.aibasis.grader.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aibasis.grader.compile.Compiled;
import org.aibasis.grader.compile.InMemoryCompiler;
import org.aibasis.grader.locate.SourceFile;
import org.aibasis.grader.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** The scan on code as javac compiles it (and, for what javac never emits, as ASM writes it). */
class BytecodeScannerTests {

    /** The violations in one class {@code course.demo.Hostile} whose body is {@code members}. */
    private static List<String> violations(String imports, String members) {
        String source = "package course.demo;\n" + imports + "\npublic class Hostile {\n" + members + "\n}\n";
        Compiled compiled = InMemoryCompiler.compile(List.of(new SourceFile("demo/Hostile.java", source)), List.of());
        assertThat(compiled).as(source).isInstanceOf(Compiled.Success.class);
        Map<String, byte[]> classes = ((Compiled.Success) compiled).classes();
        return scan(classes);
    }

    private static List<String> scan(Map<String, byte[]> classes) {
        return BytecodeScanner.scan(classes, classes, Policy.standard(), Map.of(), f -> l -> "").stream()
                .map(Diagnostic::message).toList();
    }

    @Test
    void whatJavacEmitsForModernJavaIsAllowed() {
        assertThat(violations("import java.util.*; import java.util.function.*;", """
                sealed interface Shape permits Circle, Square {}
                record Circle(double r) implements Shape {}
                record Square(double s) implements Shape {}
                enum Color { RED, GREEN }
                static String describe(Object o) {
                    return switch (o) {
                        case Circle c when c.r() > 1 -> "big circle " + c.r();
                        case Circle(double r) -> "circle " + r;
                        case Square s -> "square";
                        case Color c when c == Color.RED -> "red";
                        case String s -> s;
                        default -> "other";
                    };
                }
                static int kind(Shape s) { return switch (s) { case Circle c -> 1; case Square q -> 2; }; }
                static Object label(Object o) { return switch (o) { case Color.RED -> 2; default -> 3; }; }
                static String name(String s) { switch (s) { case "a": return "A"; default: return "?"; } }
                static List<Integer> all(int[] xs) {
                    assert xs.length >= 0;
                    Function<Integer, Integer> f = x -> x + 1;
                    Supplier<List<Integer>> make = ArrayList::new;
                    List<Integer> out = make.get();
                    for (var x : xs) { out.add(f.apply(x)); }
                    out.sort(Comparator.reverseOrder());
                    System.out.println(String.format("%d items %s", out.size(), new Circle(1)) + Color.GREEN);
                    return out;
                }
                """)).isEmpty();
    }

    @Test
    void methodHandlesAreDeniedWhateverTheRoute() {
        assertThat(violations("import java.lang.invoke.*;", """
                static Object exit() throws Throwable {
                    MethodHandle h = MethodHandles.lookup().findStatic(System.class, "exit",
                            MethodType.methodType(void.class, int.class));
                    return h;
                }
                """)).anySatisfy(m -> assertThat(m).contains("java.lang.invoke.MethodHandles"))
                .anySatisfy(m -> assertThat(m).contains("java.lang.invoke.MethodType"));
    }

    @Test
    void javaBeansStatementsAndExpressionsAreDenied() {
        assertThat(violations("", """
                static Object run() throws Exception {
                    new java.beans.Statement(System.class, "exit", new Object[] {0}).execute();
                    return new java.beans.Expression(System.class, "getenv", new Object[0]).getValue();
                }
                """)).anySatisfy(m -> assertThat(m).contains("java.beans.Statement"))
                .anySatisfy(m -> assertThat(m).contains("java.beans.Expression"));
    }

    @Test
    void classForNameIsDeniedAlsoAsAMethodReference() {
        assertThat(violations("", """
                static Object load(String n) throws Exception {
                    interface Loader { Class<?> load(String n) throws Exception; }
                    Loader l = Class::forName;
                    return l.load(n);
                }
                """)).singleElement().satisfies(m -> assertThat(m).contains("java.lang.Class.forName"));
    }

    @Test
    void threadsClassValuesAndGlobalSettingsAreDenied() {
        assertThat(violations("", """
                static final ClassValue<String> NAMES = new ClassValue<>() {
                    protected String computeValue(Class<?> c) { return c.getName(); }
                };
                static void run() {
                    Thread.currentThread().interrupt();
                    java.util.Locale.setDefault(java.util.Locale.GERMANY);
                    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
                    new java.util.ArrayList<String>().parallelStream().count();
                }
                """)).anySatisfy(m -> assertThat(m).contains("java.lang.ClassValue"))
                .anySatisfy(m -> assertThat(m).contains("java.lang.Thread"))
                .anySatisfy(m -> assertThat(m).contains("java.util.Locale.setDefault"))
                .anySatisfy(m -> assertThat(m).contains("java.util.TimeZone.setDefault"))
                .anySatisfy(m -> assertThat(m).contains("java.util.Collection.parallelStream"));
    }

    @Test
    void serializationIsDenied() {
        assertThat(violations("import java.io.*;", """
                static byte[] write(Object o) throws IOException {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    new ObjectOutputStream(bytes).writeObject(o);
                    return bytes.toByteArray();
                }
                static Runnable serializable() {
                    return (Runnable & Serializable) () -> { };
                }
                """)).anySatisfy(m -> assertThat(m).contains("java.io.ObjectOutputStream"))
                .anySatisfy(m -> assertThat(m).contains("java.lang.invoke.SerializedLambda"));
    }

    @Test
    void aMemberInheritedFromTheJdkIsDeniedThroughTheStudentsSubclass() {
        assertThat(violations("", """
                static class Items extends java.util.ArrayList<String> {
                    long fast() { return parallelStream().count(); }
                }
                """)).singleElement().satisfies(m -> assertThat(m).contains("java.util.Collection.parallelStream"));
    }

    @Test
    void handleAndMethodTypeConstantsAndForeignBootstrapsAreDenied() {
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V21, Opcodes.ACC_PUBLIC, "course/demo/Crafted", null, "java/lang/Object", null);
        MethodVisitor m = w.visitMethod(Opcodes.ACC_STATIC, "run", "()V", null, null);
        m.visitCode();
        Handle exit = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
        m.visitLdcInsn(exit);
        m.visitLdcInsn(Type.getMethodType("(I)V"));
        Handle custom = new Handle(Opcodes.H_INVOKESTATIC, "course/demo/Crafted", "boot",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        m.visitInvokeDynamicInsn("go", "()V", custom);
        Handle invoke = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "invoke",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
                        + "Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;)Ljava/lang/Object;", false);
        Handle getenv = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "getenv", "()Ljava/util/Map;", false);
        m.visitLdcInsn(new ConstantDynamic("env", "Ljava/lang/Object;", invoke, getenv));
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(4, 0);
        m.visitEnd();
        w.visitEnd();
        assertThat(scan(Map.of("course.demo.Crafted", w.toByteArray())))
                .anySatisfy(s -> assertThat(s).contains("java.lang.invoke.MethodHandle,"))
                .anySatisfy(s -> assertThat(s).contains("java.lang.System.exit"))
                .anySatisfy(s -> assertThat(s).contains("java.lang.invoke.MethodType"))
                .anySatisfy(s -> assertThat(s).contains("bootstrap method course.demo.Crafted.boot"))
                .anySatisfy(s -> assertThat(s).contains("java.lang.System.getenv"));
    }
}
