package org.aibasis.grader.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructureTests {
    @Test
    void editDistanceIgnoresCaseAndCountsEdits() {
        assertThat(Structure.editDistance("evaluate", "evaluate")).isZero();
        assertThat(Structure.editDistance("Evaluate", "evaluate")).isZero();
        assertThat(Structure.editDistance("evalute", "evaluate")).isEqualTo(1);
        assertThat(Structure.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Structure.editDistance("", "abc")).isEqualTo(3);
    }

    @Test
    void signaturesAreSpelledAsInSource() {
        assertThat(Signatures.method("course/mdp/PolicyEvaluation", "evaluate",
                "(Lcourse/mdp/Mdp;Lcourse/mdp/Policy;D)[D")).isEqualTo("double[] evaluate(Mdp, Policy, double)");
        assertThat(Signatures.method("course/mdp/Mdp", "<init>", "(I[[D)V")).isEqualTo("Mdp(int, double[][])");
        assertThat(Signatures.call("evaluate", "(Lcourse/mdp/Mdp;)V")).isEqualTo("evaluate(Mdp)");
    }
}
