package org.aibasis.quiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aibasis.quiz.Fixtures;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.variant.DrawCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation rule, on a small bad bank: the problem names the right line and says what to do. */
class BankValidationTests {

    /** The demo bank with {@code from} replaced by {@code to} (which must occur exactly once). */
    private static String demoWith(String from, String to) {
        String demo = Fixtures.DEMO;
        assertThat(demo.indexOf(from)).as("fixture has " + from).isGreaterThanOrEqualTo(0)
                .isEqualTo(demo.lastIndexOf(from));
        return demo.replace(from, to);
    }

    private static int lineOf(String yaml, String fragment) {
        int index = yaml.indexOf(fragment);
        assertThat(index).as("yaml has " + fragment).isGreaterThanOrEqualTo(0);
        return (int) yaml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Parses, expects exactly one problem (plus those in {@code alsoAllowed}), and returns it. */
    private static Problem onlyProblem(String yaml) {
        BankParser.Result r = Fixtures.parse("demo", yaml);
        assertThat(r.problems()).as(Fixtures.messages(r.problems()).toString()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.file()).isEqualTo(Path.of("quizzes", "demo.yaml"));
        assertThat(p.message()).as("says what to do").containsPattern("\\(.+\\)");
        return p;
    }

    private static List<Problem> drawProblems(String yaml) {
        BankParser.Result r = Fixtures.parse("demo", yaml);
        assertThat(r.problems()).isEmpty();
        return DrawCheck.check(r.bank().orElseThrow());
    }

    @Test
    void theDemoBankIsValid() {
        Bank bank = Fixtures.demo();
        assertThat(bank.questions()).extracting(Question::id)
                .containsExactly("greedy", "bandit-facts", "explore-forever", "ucb-score");
        assertThat(DrawCheck.check(bank)).isEmpty();
        assertThat(bank.scheme()).isEqualTo(Scheme.NET_CORRECT);
        Question.MultipleResponse m = (Question.MultipleResponse) bank.questions().get(1);
        assertThat(m.options()).extracting(Option::id).containsExactly("untried", "bonus", "random", "forget");
        Question.SingleChoice s = (Question.SingleChoice) bank.questions().get(0);
        assertThat(s.options()).extracting(Option::id).containsExactly("o1", "o2", "o3", "o4");
        assertThat(bank.questions().get(2).common().source()).contains("past-exam");
    }

    @Test
    void yamlSyntaxErrorGivesItsLine() {
        String yaml = demoWith("title: {en: \"Demo\", zh: \"示例\"}", "title: {en: \"Demo\", zh: \"示例\"");
        Problem p = onlyProblem(yaml);
        assertThat(p.message()).startsWith("YAML syntax error");
        assertThat(p.line()).isBetween(3, 5);
    }

    @Test
    void bankIdMustEqualTheFileName() {
        BankParser.Result r = Fixtures.parse("bandits", Fixtures.DEMO);
        assertThat(r.bank()).isEmpty();
        assertThat(Fixtures.messages(r.problems())).containsExactly("quizzes/bandits.yaml:1: bank id 'demo' differs"
                + " from the file name 'bandits' (rename the file or write bank: bandits)");
    }

    @Test
    void unknownTopic() {
        Problem p = onlyProblem(demoWith("topic: rl", "topic: robotics"));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("unknown topic 'robotics'").contains("rl | search");
    }

    @Test
    void duplicateQuestionIds() {
        String yaml = demoWith("id: explore-forever", "id: greedy");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "id: greedy\n    type: truefalse"));
        assertThat(p.message()).contains("duplicate question id 'greedy'");
        assertThat(Fixtures.parse("demo", yaml).bank().orElseThrow().questions()).hasSize(3);
    }

    @Test
    void missingChineseText() {
        String yaml = demoWith("text: {en: \"Greedy explores forever.\", zh: \"贪心会一直探索。\"}",
                "text: {en: \"Greedy explores forever.\"}");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "{en: \"Greedy explores forever.\"}"));
        assertThat(p.message()).contains("has no zh text").contains("add zh:");
    }

    @Test
    void missingEnglishText() {
        Problem p = onlyProblem(demoWith("{en: \"A random one\", zh: \"随机的\"}", "{zh: \"随机的\"}"));
        assertThat(p.message()).contains("has no en text");
    }

    @Test
    void missingExplanation() {
        String yaml = demoWith("    explanation: {en: \"It never explores.\", zh: \"它从不探索。\"}\n", "");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "- id: explore-forever") );
        assertThat(p.message()).contains("missing 'explanation' in question explore-forever");
        // the invalid question is left out, the rest of the bank loads
        assertThat(Fixtures.parse("demo", yaml).bank().orElseThrow().questions()).extracting(Question::id)
                .containsExactly("greedy", "bandit-facts", "ucb-score");
    }

    @Test
    void singleChoiceNeedsExactlyOneCorrectOption() {
        String yaml = demoWith("""
                      - text: {en: "A random one", zh: "随机的"}
                """, """
                      - text: {en: "A random one", zh: "随机的"}
                        correct: true
                """);
        Problem p = onlyProblem(yaml);
        assertThat(p.message()).contains("single choice but has 2 correct options").contains("mark exactly one");
        assertThat(p.line()).isEqualTo(lineOf(yaml, "- text: {en: \"The one with the largest Q\""));
    }

    @Test
    void multipleResponseNeedsACorrectOption() {
        String yaml = demoWith("""
                        correct: true
                        feedback: {en: "N = 0 makes the bonus infinite.", zh: "N = 0 使奖励项无穷大。"}
                """, """
                        feedback: {en: "N = 0 makes the bonus infinite.", zh: "N = 0 使奖励项无穷大。"}
                """);
        yaml = yaml.replace("""
                      text: {en: "The bonus shrinks as N grows", zh: "奖励项随 N 增大而减小"}
                        correct: true
                """, """
                      text: {en: "The bonus shrinks as N grows", zh: "奖励项随 N 增大而减小"}
                """);
        Problem p = onlyProblem(yaml);
        assertThat(p.message()).contains("has no correct option");
    }

    private static String choiceBank(int options) {
        StringBuilder sb = new StringBuilder("""
                bank: demo
                topic: rl
                title: {en: "T", zh: "T"}
                questions:
                  - id: q
                    type: multiple
                    text: {en: "Q", zh: "Q"}
                    explanation: {en: "E", zh: "E"}
                    options:
                """);
        for (int i = 0; i < options; i++) {
            sb.append("      - {text: {en: \"o").append(i).append("\", zh: \"o").append(i).append("\"}, correct: true}\n");
        }
        return sb.toString();
    }

    @Test
    void twoToEightOptions() {
        assertThat(Fixtures.parse("demo", choiceBank(2)).problems()).isEmpty();
        assertThat(Fixtures.parse("demo", choiceBank(8)).problems()).isEmpty();
        Problem one = onlyProblem(choiceBank(1));
        assertThat(one.message()).contains("has 1 option").contains("2 to 8").contains("add options");
        assertThat(one.line()).isEqualTo(10);
        Problem nine = onlyProblem(choiceBank(9));
        assertThat(nine.message()).contains("has 9 options").contains("remove or split");
    }

    @Test
    void unknownType() {
        String yaml = demoWith("type: truefalse", "type: yesno");
        List<Problem> problems = Fixtures.parse("demo", yaml).problems();
        assertThat(Fixtures.messages(problems)).anySatisfy(m -> assertThat(m)
                .contains(":" + lineOf(yaml, "type: yesno") + ": unknown type 'yesno'")
                .contains("single | multiple | truefalse | numeric"));
    }

    @Test
    void unknownScheme() {
        Problem p = onlyProblem(demoWith("scheme: net-correct", "scheme: harsh"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("unknown scheme 'harsh'").contains("all-or-nothing | net-correct");
    }

    @Test
    void pointsMustBePositive() {
        String yaml = demoWith("points: 2", "points: 0");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "points: 0"));
        assertThat(p.message()).contains("points must be > 0");
    }

    @Test
    void numericNeedsAnAnswer() {
        Problem p = onlyProblem(demoWith("    answer: \"q + bonus\"\n", ""));
        assertThat(p.message()).contains("missing 'answer' in question ucb-score");
    }

    @Test
    void tolerancesMustNotBeNegative() {
        String yaml = demoWith("abs: 0.005", "abs: -0.005");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "abs: -0.005"));
        assertThat(p.message()).contains("tolerance abs is negative");
    }

    @Test
    void formulaSyntaxErrorGivesTheFormulasLine() {
        String yaml = demoWith("answer: \"q + bonus\"", "answer: \"q + * bonus\"");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "answer: \"q + * bonus\""));
        assertThat(p.message()).contains("column 5").contains("expected a number");
    }

    @Test
    void unknownNameInAFormula() {
        String yaml = demoWith("answer: \"q + bonus\"", "answer: \"q + bonux\"");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "answer: \"q + bonux\""));
        assertThat(p.message()).contains("unknown name 'bonux'").contains("q, n, t, c, bonus");
    }

    @Test
    void derivedParametersMayUseOnlyEarlierOnes() {
        String yaml = demoWith("      q: {min: 0.2, max: 0.9, step: 0.1}\n", "      q: \"bonus + 1\"\n");
        Problem p = onlyProblem(yaml);
        assertThat(p.message()).contains("unknown name 'bonus'").contains("drawn in order");
    }

    @Test
    void placeholderThatNamesNoParameter() {
        String yaml = demoWith("UCB score?\", zh:", "UCB {score}?\", zh:");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "UCB {score}?"));
        assertThat(p.message()).contains("placeholder {score}").contains("names no parameter").contains("{{score}}");
    }

    @Test
    void placeholdersInFixedQuestionsAreCheckedToo() {
        Problem p = onlyProblem(demoWith("Which action does a greedy policy take?", "Which {action}?"));
        assertThat(p.message()).contains("this question has no params");
        assertThat(Fixtures.parse("demo", demoWith("Which action does a greedy policy take?",
                "Which {{action}} in {a, b}?")).problems()).isEmpty();
    }

    @Test
    void requireThatCannotBeMet() {
        String yaml = demoWith("require: [\"n < t\"]", "require: [\"n > t\"]");
        List<Problem> problems = drawProblems(yaml);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(lineOf(yaml, "require: [\"n > t\"]"));
        assertThat(problems.get(0).message()).contains("no draw met the requirements in 1000 tries")
                .contains("loosen require");
    }

    @Test
    void requireThatIsRarelyMet() {
        // 1 draw in 891 meets it: the sample seeds either fail outright or show the low rate
        String yaml = demoWith("require: [\"n < t\"]", "require: [\"t == 57\", \"n == 5\"]");
        List<Problem> problems = drawProblems(yaml);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).containsAnyOf("of draws meet require", "no draw met");
    }

    @Test
    void keyThatIsNotFinite() {
        String yaml = demoWith("answer: \"q + bonus\"", "answer: \"q / (n - 7)\"");
        List<Problem> problems = drawProblems(yaml);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(lineOf(yaml, "answer: \"q / (n - 7)\""));
        assertThat(problems.get(0).message()).contains("is Infinity for").contains("n = 7")
                .contains("add a require");
    }

    @Test
    void derivedParameterThatIsNotFinite() {
        String yaml = demoWith("bonus: \"c * sqrt(ln(t) / n)\"", "bonus: \"sqrt(n - 5)\"");
        List<Problem> problems = drawProblems(yaml);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("parameter bonus").contains("NaN");
    }

    @Test
    void misspelledKeysGetASuggestion() {
        String yaml = demoWith("source: past-exam", "sorce: past-exam");
        Problem p = onlyProblem(yaml);
        assertThat(p.line()).isEqualTo(lineOf(yaml, "sorce"));
        assertThat(p.message()).contains("unknown key 'sorce'").contains("did you mean 'source'?");
    }

    @Test
    void emptyFileAndNonMapping() {
        assertThat(Fixtures.messages(Fixtures.parse("demo", "").problems())).singleElement().asString()
                .contains("the file is empty");
        assertThat(Fixtures.messages(Fixtures.parse("demo", "- a\n- b\n").problems())).singleElement().asString()
                .contains("must be a mapping");
    }

    @Test
    void aBadBankDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("demo.yaml"), Fixtures.DEMO);
        Files.writeString(dir.resolve("broken.yaml"), "bank: broken\ntopic: [oops\n");
        Files.writeString(dir.resolve("wrong-topic.yaml"), Fixtures.DEMO.replace("bank: demo", "bank: wrong-topic")
                .replace("topic: rl", "topic: cooking"));
        QuizLibrary library = QuizLibrary.load(dir);
        assertThat(library.banks()).extracting(Bank::id).containsExactly("demo");
        assertThat(library.problems()).hasSize(2);
        assertThat(library.problems().get(0).file()).isEqualTo(dir.resolve("broken.yaml"));
        assertThat(library.problems().get(0).line()).isEqualTo(3);
        assertThat(library.problems().get(1).message()).contains("unknown topic 'cooking'");
        assertThat(library.quiz("demo")).isPresent();
    }
}
