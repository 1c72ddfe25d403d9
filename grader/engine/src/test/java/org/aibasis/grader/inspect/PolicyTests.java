package org.aibasis.grader.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PolicyTests {
    private final Policy policy = Policy.standard();
    private final Hierarchy jdk = new Hierarchy(Map.of());

    @Test
    void everydayClassesAreAllowed() {
        assertThat(policy.checkClass("java/lang/RuntimeException")).isEmpty();
        assertThat(policy.checkClass("java/lang/Math")).isEmpty();
        assertThat(policy.checkClass("java/util/PriorityQueue")).isEmpty();
        assertThat(policy.checkClass("java/util/Map$Entry")).isEmpty();
        assertThat(policy.checkClass("java/util/concurrent/ThreadLocalRandom")).isEmpty();
        assertThat(policy.checkClass("java/util/stream/IntStream")).isEmpty();
        assertThat(policy.checkClass("java/math/BigDecimal")).isEmpty();
        assertThat(policy.checkClass("java/io/UncheckedIOException")).isEmpty();
        assertThat(policy.checkClass("[[Ljava/lang/String;")).isEmpty();
        assertThat(policy.checkClass("[I")).isEmpty();
        assertThat(policy.checkMember("java/lang/System", "arraycopy", jdk)).isEmpty();
        assertThat(policy.checkMember("java/io/PrintStream", "println", jdk)).isEmpty();
        assertThat(policy.checkMember("java/util/ArrayList", "stream", jdk)).isEmpty();
        assertThat(policy.checkMember("[Ljava/lang/String;", "clone", jdk)).isEmpty();
    }

    @Test
    void dangerousClassesAndMembersAreDenied() {
        assertThat(policy.checkClass("java/lang/Runtime")).isPresent();
        assertThat(policy.checkClass("java/lang/Thread")).isPresent();
        assertThat(policy.checkClass("java/lang/ClassValue")).isPresent();
        assertThat(policy.checkClass("java/lang/reflect/Method")).isPresent();
        assertThat(policy.checkClass("java/io/FileInputStream")).isPresent();
        assertThat(policy.checkClass("java/io/ObjectOutputStream")).isPresent();
        assertThat(policy.checkClass("java/beans/Statement")).hasValue("java.beans.Statement");
        assertThat(policy.checkClass("java/net/Socket")).isPresent();
        assertThat(policy.checkClass("sun/misc/Unsafe")).isPresent();
        assertThat(policy.checkClass("[Ljava/lang/Thread;")).isPresent();
        assertThat(policy.checkMember("java/lang/System", "exit", jdk)).hasValue("java.lang.System.exit");
        assertThat(policy.checkMember("java/lang/Class", "forName", jdk)).isPresent();
        assertThat(policy.checkMember("java/util/Locale", "setDefault", jdk)).isPresent();
        assertThat(policy.checkMember("java/io/PrintStream", "<init>", jdk)).isPresent();
    }

    @Test
    void namesAreComparedWholeNeverAsPrefixes() {
        assertThat(policy.checkClass("java/lang/invoke/MethodHandle")).isPresent();
        assertThat(policy.checkClass("java/lang/invoke/MethodHandles")).isPresent();
        assertThat(policy.checkClass("java/lang/invoke/MethodHandles$Lookup")).isPresent();
        assertThat(policy.checkClass("java/lang/invoke/LambdaMetafactory")).as("a bootstrap, not a class to use")
                .isPresent();
        assertThat(policy.checkClass("java/lang/Thread$State")).as("nested in a denied class").isPresent();
        assertThat(policy.checkClass("java/lang/ThreadDeath")).as("not Thread").isEmpty();
        assertThat(policy.checkClass("java/util/concurrent/ExecutorService")).isPresent();
        assertThat(policy.checkClass("java/util/concurrent/ConcurrentHashMap")).isEmpty();
        assertThat(policy.checkClass("java/util/concurrent/ConcurrentHashMap$KeySetView")).isEmpty();
        assertThat(policy.checkClass("java/util/concurrent/CountDownLatch")).as("it would only wait").isPresent();
        assertThat(policy.checkClass("java/util/zip/ZipFile")).as("java.util's sub-packages are not java.util")
                .isPresent();
        assertThat(policy.checkClass("java/langx/Foo")).isPresent();
    }

    @Test
    void aMemberIsDeniedThroughEverySubtypeOfItsOwner() {
        assertThat(policy.checkMember("java/util/ArrayList", "parallelStream", jdk))
                .hasValue("java.util.Collection.parallelStream");
        assertThat(policy.checkMember("java/util/stream/IntStream", "parallel", jdk))
                .hasValue("java.util.stream.BaseStream.parallel");
        assertThat(policy.checkMember("java/util/stream/Stream", "sequential", jdk)).isEmpty();
        assertThat(policy.checkMember("java/lang/String", "wait", jdk)).hasValue("java.lang.Object.wait");
        assertThat(policy.checkMember("java/lang/String", "notify", jdk)).isEmpty();
    }

    @Test
    void anExerciseCanWidenAPackageAClassOrAMember() {
        Policy wider = policy.allowing(List.of("java.util.concurrent.", "java.lang.System.getenv", "java.lang.Thread",
                "java.nio.", "java.lang.Runtime.getRuntime"));
        assertThat(wider.checkClass("java/util/concurrent/ForkJoinPool")).isEmpty();
        assertThat(wider.checkMember("java/util/concurrent/ConcurrentHashMap", "reduce", jdk)).isEmpty();
        assertThat(wider.checkMember("java/lang/System", "getenv", jdk)).isEmpty();
        assertThat(wider.checkMember("java/lang/System", "exit", jdk)).isPresent();
        assertThat(wider.checkClass("java/lang/Thread$State")).isEmpty();
        assertThat(wider.checkClass("java/lang/ThreadGroup")).isPresent();
        assertThat(wider.checkClass("java/nio/ByteBuffer")).isEmpty();
        assertThat(wider.checkClass("java/nio/file/Files")).as("not the sub-packages").isPresent();
        assertThat(wider.checkMember("java/lang/Runtime", "getRuntime", jdk)).isEmpty();
        assertThat(wider.checkMember("java/lang/Runtime", "exec", jdk)).isPresent();
        assertThat(policy.checkClass("java/util/concurrent/ForkJoinPool")).as("the default is unchanged").isPresent();
    }

    @Test
    void wideningEntriesMustNameSomethingInTheJdk() {
        assertThat(Policy.checkWidening("java.util.concurrent.")).isEmpty();
        assertThat(Policy.checkWidening("java.lang.Thread")).isEmpty();
        assertThat(Policy.checkWidening("java.lang.System.getenv")).isEmpty();
        assertThat(Policy.checkWidening("java.io.PrintStream.<init>")).isEmpty();
        assertThat(Policy.checkWidening("java.util.concurent.")).hasValueSatisfying(m -> assertThat(m)
                .contains("'java.util.concurent.'", "no package"));
        assertThat(Policy.checkWidening("java.util.concurrent")).hasValueSatisfying(m -> assertThat(m)
                .contains("no class", "a package ends in '.'"));
        assertThat(Policy.checkWidening("java.lang.System.getenvv")).hasValueSatisfying(m -> assertThat(m)
                .contains("no member"));
        assertThat(Policy.checkWidening("java lang")).isPresent();
        assertThatThrownBy(() -> policy.allowing(List.of("java.util.concurent."))).isInstanceOf(
                IllegalArgumentException.class);
    }
}
