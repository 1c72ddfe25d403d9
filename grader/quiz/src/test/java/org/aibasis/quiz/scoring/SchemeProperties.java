package org.aibasis.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aibasis.quiz.bank.Scheme;

class SchemeProperties {

    /** n options o0..o(n-1), a non-empty correct subset, and a ticked subset. */
    record Case(List<String> all, Set<String> correct, Set<String> ticked) {
        int mistakes() {
            int m = 0;
            for (String o : all) {
                if (correct.contains(o) != ticked.contains(o)) {
                    m++;
                }
            }
            return m;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(2, 8).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(1, (1 << n) - 1), Arbitraries.integers().between(0, (1 << n) - 1))
                .as((c, t) -> {
                    List<String> all = new ArrayList<>();
                    Set<String> correct = new HashSet<>();
                    Set<String> ticked = new HashSet<>();
                    for (int i = 0; i < n; i++) {
                        all.add("o" + i);
                        if ((c >> i & 1) == 1) {
                            correct.add("o" + i);
                        }
                        if ((t >> i & 1) == 1) {
                            ticked.add("o" + i);
                        }
                    }
                    return new Case(all, correct, ticked);
                }));
    }

    private static double f(Scheme s, Case c) {
        return Schemes.fraction(s, c.all(), c.correct(), c.ticked());
    }

    @Property(seed = "77001")
    void everySchemeGivesAFractionAndFullCreditExactlyWithoutMistakes(@ForAll("cases") Case c) {
        for (Scheme s : Scheme.values()) {
            double v = f(s, c);
            assertThat(v).isBetween(0.0, 1.0);
            assertThat(v == 1).as(s + " full credit iff no mistake").isEqualTo(c.mistakes() == 0);
        }
    }

    @Property(seed = "77002")
    void schemesAreOrderedFromHarshToLenient(@ForAll("cases") Case c) {
        assertThat(f(Scheme.ALL_OR_NOTHING, c)).isLessThanOrEqualTo(f(Scheme.PS50, c));
        assertThat(f(Scheme.ALL_OR_NOTHING, c)).isLessThanOrEqualTo(f(Scheme.NET_CORRECT, c));
        assertThat(f(Scheme.PS50, c)).isLessThanOrEqualTo(f(Scheme.PER_DECISION, c));
        assertThat(f(Scheme.PER_DECISION, c)).isCloseTo(1 - (double) c.mistakes() / c.all().size(),
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Property(seed = "77003")
    void tickingAnotherCorrectOptionNeverLowersTheScore(@ForAll("cases") Case c) {
        for (String o : c.correct()) {
            if (!c.ticked().contains(o)) {
                Set<String> more = new HashSet<>(c.ticked());
                more.add(o);
                Case better = new Case(c.all(), c.correct(), more);
                for (Scheme s : Scheme.values()) {
                    assertThat(f(s, better)).as(s.spelling()).isGreaterThanOrEqualTo(f(s, c));
                }
            }
        }
    }
}
