package org.aibasis.grader.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyTests {
    private final Policy policy = Policy.standard();

    @Test
    void everydayClassesAreAllowed() {
        assertThat(policy.checkClass("java/lang/RuntimeException")).isEmpty();
        assertThat(policy.checkClass("java/lang/Math")).isEmpty();
        assertThat(policy.checkClass("java/util/PriorityQueue")).isEmpty();
        assertThat(policy.checkClass("java/util/concurrent/ThreadLocalRandom")).isEmpty();
        assertThat(policy.checkClass("java/io/UncheckedIOException")).isEmpty();
        assertThat(policy.checkClass("[[Ljava/lang/String;")).isEmpty();
        assertThat(policy.checkMember("java/lang/System", "arraycopy")).isEmpty();
        assertThat(policy.checkMember("java/lang/invoke/LambdaMetafactory", "metafactory")).isEmpty();
    }

    @Test
    void dangerousClassesAndMembersAreDenied() {
        assertThat(policy.checkClass("java/lang/Runtime")).isPresent();
        assertThat(policy.checkClass("java/lang/Thread")).isPresent();
        assertThat(policy.checkClass("java/lang/reflect/Method")).isPresent();
        assertThat(policy.checkClass("java/io/FileInputStream")).isPresent();
        assertThat(policy.checkClass("java/net/Socket")).isPresent();
        assertThat(policy.checkClass("sun/misc/Unsafe")).isPresent();
        assertThat(policy.checkClass("[Ljava/lang/Thread;")).isPresent();
        assertThat(policy.checkMember("java/lang/System", "exit")).hasValue("java.lang.System.exit");
        assertThat(policy.checkMember("java/lang/Class", "forName")).isPresent();
    }

    @Test
    void anExerciseCanWidenThePolicy() {
        Policy wider = policy.allowing(java.util.List.of("java.util.concurrent.", "java.lang.System.getenv"));
        assertThat(wider.checkClass("java/util/concurrent/ForkJoinPool")).isEmpty();
        assertThat(wider.checkMember("java/lang/System", "getenv")).isEmpty();
        assertThat(wider.checkMember("java/lang/System", "exit")).isPresent();
        assertThat(policy.checkClass("java/util/concurrent/ForkJoinPool")).as("the default is unchanged").isPresent();
    }
}
