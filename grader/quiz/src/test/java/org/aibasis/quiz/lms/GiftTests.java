package org.aibasis.quiz.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Scheme;
import org.aibasis.quiz.bank.Text;
import org.junit.jupiter.api.Test;

class GiftTests {
    private static final Path FILE = Path.of("moodle.gift");

    @Test
    void escapingFollowsTheGiftSpecification() {
        assertThat(Gift.escape("a~b=c#d{e}f:g\\h\ni")).isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
        assertThat(Gift.unescape(Gift.escape("~=#{}:\\ \n x"))).isEqualTo("~=#{}:\\ \n x");
        assertThat(Gift.escape("a -> b")).isEqualTo("a -\\> b");
        assertThat(Gift.unescape(Gift.escape("a -> b"))).isEqualTo("a -> b");
    }

    @Test
    void importsTheQuestionTypesOfTheGiftDocumentation() {
        String gift = """
                // a comment
                $CATEGORY: $course$/top/imported

                ::Grant's tomb::Who's buried in Grant's tomb?{~Grant #He is not. ~Jefferson =no one #Right. ####Nobody is buried there.}

                ::Grant buried:: Grant is buried in Grant's tomb.{FALSE####He lies in a mausoleum.}

                ::Birth::When was Ulysses S. Grant born?{#1822:5####He was born in 1822.}

                ::Range::What is a number from 1 to 5? {#1..5}

                ::Colours::Which are primary colours?{
                   ~%50%red #yes
                   ~%50%blue
                   ~%-100%green #no: green is secondary in paint
                ####Red, blue and yellow.}

                ::Escapes::What does 1 \\= 1 \\: \\{true\\} mean?{=equality \\#1 ~assignment}
                """;
        GiftImport imported = Gift.parse(FILE, gift);
        assertThat(imported.questions()).extracting(Question::id)
                .containsExactly("grant-s-tomb", "grant-buried", "birth", "range", "colours", "escapes");
        assertThat(imported.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "10: question range has no general feedback (####): write an explanation before adding it to a bank",
                "18: question escapes has no general feedback (####): write an explanation before adding it to a"
                        + " bank");

        Question.SingleChoice tomb = (Question.SingleChoice) imported.questions().get(0);
        assertThat(tomb.common().text()).isEqualTo(Text.both("Who's buried in Grant's tomb?"));
        assertThat(tomb.options()).extracting(o -> o.text().en()).containsExactly("Grant", "Jefferson", "no one");
        assertThat(tomb.correct().id()).isEqualTo("o3");
        assertThat(tomb.options().get(0).feedback()).contains(Text.both("He is not."));
        assertThat(tomb.options().get(1).feedback()).isEmpty();
        assertThat(tomb.common().explanation()).isEqualTo(Text.both("Nobody is buried there."));

        Question.TrueFalse buried = (Question.TrueFalse) imported.questions().get(1);
        assertThat(buried.answer()).isFalse();

        Question.Numeric birth = (Question.Numeric) imported.questions().get(2);
        assertThat(birth.answer().formula().evaluate(java.util.Map.of())).isEqualTo(1822);
        assertThat(birth.tolerance().abs()).isEqualTo(5);
        Question.Numeric range = (Question.Numeric) imported.questions().get(3);
        assertThat(range.answer().formula().evaluate(java.util.Map.of())).isEqualTo(3);
        assertThat(range.tolerance().abs()).isEqualTo(2);

        Question.MultipleResponse colours = (Question.MultipleResponse) imported.questions().get(4);
        assertThat(colours.options()).extracting(Option::correct).containsExactly(true, true, false);
        assertThat(colours.options().get(2).feedback()).contains(Text.both("no: green is secondary in paint"));
        assertThat(colours.scheme()).contains(Scheme.NET_CORRECT);

        Question.SingleChoice escapes = (Question.SingleChoice) imported.questions().get(5);
        assertThat(escapes.common().text().en()).isEqualTo("What does 1 = 1 : {true} mean?");
        assertThat(escapes.options().get(0).text().en()).isEqualTo("equality #1");
    }

    @Test
    void unsupportedQuestionsAreReportedAndTheRestImported() {
        GiftImport imported = Gift.parse(FILE, """
                ::Essay::Tell me about search.{}

                ::Short::Two plus two is {=four =4}.

                ::Match::Match them {=cat -> food =dog -> bone}

                ::Broken::This has no end {=a ~b

                ::Fine::Fine? {T####Yes.}
                """);
        assertThat(imported.questions()).extracting(Question::id).containsExactly("fine");
        assertThat(imported.problems()).extracting(p -> p.line() + " " + p.message()).satisfiesExactly(
                m -> assertThat(m).startsWith("1 ").contains("essay"),
                m -> assertThat(m).startsWith("3 ").contains("short-answer"),
                m -> assertThat(m).startsWith("5 ").contains("matching"),
                m -> assertThat(m).startsWith("7 ").contains("not closed"));
    }

    @Test
    void exportOfTheDemoBank() {
        String gift = Gift.export(Fixtures.demo(), LmsLanguage.EN);
        assertThat(gift).contains("$CATEGORY: $course$/top/demo")
                .contains("::greedy::[markdown]Which action does a greedy policy take?{\n=The one with the largest Q\n"
                        + "~A random one #That is exploration.\n")
                .contains("// aibasis: type=multiple points=2 scheme=net-correct\n")
                .contains("~%50%An untried arm counts as maximal #N \\= 0 makes the bonus infinite.\n")
                .contains("~%-50%It explores at random")
                .contains("::explore-forever::[markdown]Greedy explores forever.{\nFALSE\n####It never explores.\n}")
                .contains("// aibasis: type=numeric points=1 variant=q_=_");
        // the parameterized question is exported as one variant: no placeholder is left
        assertThat(gift).doesNotContain("{q}").containsPattern("\\{\\n#\\d\\.\\d+:0\\.005\\n####");
        GiftImport back = Gift.parse(FILE, gift);
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).hasSize(4);
    }

    @Test
    void bothLanguagesUseMultilangTags() {
        String gift = Gift.export(Fixtures.demo(), LmsLanguage.BOTH);
        assertThat(gift).contains("\\{mlang en\\}Greedy explores forever.\\{mlang\\}\\{mlang zh_cn\\}贪心会一直探索。"
                + "\\{mlang\\}");
        Question tf = Gift.parse(FILE, gift).questions().get(2);
        assertThat(tf.common().text()).isEqualTo(new Text("Greedy explores forever.", "贪心会一直探索。"));
    }
}
