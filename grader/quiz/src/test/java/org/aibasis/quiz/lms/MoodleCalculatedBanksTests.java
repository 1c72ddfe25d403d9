package org.aibasis.quiz.lms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aibasis.quiz.AllBanksValidTests;
import org.aibasis.quiz.QuizLibrary;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.LocatedFormula;
import org.aibasis.quiz.bank.Parameter;
import org.aibasis.quiz.bank.Placeholders;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.formula.Expr;
import org.aibasis.quiz.formula.Formula;
import org.aibasis.quiz.formula.Function;
import org.aibasis.quiz.variant.Key;
import org.aibasis.quiz.variant.Variants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every bank's parameterized questions in Moodle XML, checked the way Moodle would read them: the answer formulas are
 * computed by {@link MoodlePhp} (a model of Moodle's PHP written for the tests, which reads the formula strings
 * itself) for every dataset item and compared with our engine's key for the same parameter values.
 *
 * <p>The element names come from {@code qformat_xml::import_calculated} and {@code import_headers} in moodle/moodle
 * {@code question/format/xml/format.php}: what the importer reads with {@code $question['#'][...]} must be there.
 */
class MoodleCalculatedBanksTests {
    private static final QuizLibrary LIBRARY = QuizLibrary.load(AllBanksValidTests.quizzesFolder());
    /** Read by import_calculated for every answer, without a default. */
    private static final List<String> ANSWER_ELEMENTS = List.of("text", "tolerance", "tolerancetype",
            "correctanswerformat", "correctanswerlength", "feedback");
    /** Read by import_calculated for every dataset_definition, without a default. */
    private static final List<String> DATASET_ELEMENTS = List.of("status", "name", "type", "distribution", "minimum",
            "maximum", "decimals", "itemcount");
    /** Read by import_calculated (with defaults) and import_headers. */
    private static final List<String> QUESTION_ELEMENTS = List.of("name", "questiontext", "generalfeedback",
            "defaultgrade", "penalty", "idnumber", "synchronize", "single", "answernumbering", "shuffleanswers",
            "correctfeedback", "partiallycorrectfeedback", "incorrectfeedback", "unitgradingtype", "unitpenalty",
            "showunits", "unitsleft", "dataset_definitions");
    private static final Set<Expr.Operator> COMPARISONS = Set.of(Expr.Operator.LESS, Expr.Operator.LESS_EQUAL,
            Expr.Operator.GREATER, Expr.Operator.GREATER_EQUAL, Expr.Operator.EQUAL, Expr.Operator.NOT_EQUAL);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:E[+-]\\d+)?");

    private static final Map<String, Document> DOCUMENTS = new TreeMap<>();
    private static final Map<String, MoodleExport> EXPORTS = new TreeMap<>();

    @BeforeAll
    static void export() throws Exception {
        for (Bank bank : LIBRARY.banks()) {
            for (LmsLanguage language : LmsLanguage.values()) {
                MoodleExport export = MoodleXml.write(bank, language);
                EXPORTS.put(bank.id() + "/" + language, export);
                DOCUMENTS.put(bank.id() + "/" + language, DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(export.xml().getBytes(StandardCharsets.UTF_8))));
            }
        }
    }

    @Test
    void everyDatasetItemGivesOurKeyInMoodlesArithmetic() {
        int items = 0;
        for (Bank bank : LIBRARY.banks()) {
            for (Question q : bank.questions()) {
                Optional<Element> calculated = calculated(bank, q, LmsLanguage.EN);
                if (calculated.isEmpty()) {
                    continue;
                }
                for (Map<String, String> item : items(calculated.get())) {
                    double ours = ((Key.Number) Variants.key(bank, q, values(q, item), Optional.empty())).value();
                    for (Element answer : children(calculated.get(), "answer")) {
                        double moodle = MoodlePhp.evaluate(text(answer), item);
                        assertThat(moodle).as("%s/%s for %s: %s", bank.id(), q.id(), item, text(answer))
                                .isCloseTo(ours, within(1e-9 * Math.max(Math.abs(ours), 1e-6)));
                    }
                    items++;
                }
            }
        }
        assertThat(items).as("dataset items checked").isGreaterThan(1000);
    }

    @Test
    void everyDatasetItemMeetsRequireAndLiesInItsParametersRange() {
        for (Bank bank : LIBRARY.banks()) {
            for (Question q : bank.questions()) {
                Optional<Element> calculated = calculated(bank, q, LmsLanguage.EN);
                if (calculated.isEmpty()) {
                    continue;
                }
                Set<Map<String, String>> distinct = new HashSet<>();
                for (Map<String, String> item : items(calculated.get())) {
                    Map<String, Double> values = values(q, item);
                    for (LocatedFormula r : q.common().require()) {
                        assertThat(Formula.holds(r.formula().evaluate(values))).as("%s/%s: require %s for %s",
                                bank.id(), q.id(), r.formula().source(), values).isTrue();
                    }
                    for (Parameter p : q.common().params()) {
                        double v = values.get(p.name());
                        switch (p) {
                            case Parameter.Choice c -> assertThat(c.values()).contains(v);
                            case Parameter.Grid g -> {
                                BigDecimal steps = BigDecimal.valueOf(v).subtract(BigDecimal.valueOf(
                                        g.min().formula().evaluate(values))).divide(BigDecimal.valueOf(g.step()));
                                assertThat(steps.stripTrailingZeros().scale()).as("%s on its grid", p.name())
                                        .isLessThanOrEqualTo(0);
                                assertThat(steps.signum()).isGreaterThanOrEqualTo(0);
                                assertThat(v).isLessThanOrEqualTo(g.max().formula().evaluate(values));
                            }
                            case Parameter.Derived d -> {
                            }
                        }
                    }
                    assertThat(distinct.add(item)).as("%s/%s: items differ", bank.id(), q.id()).isTrue();
                }
            }
        }
    }

    @Test
    void moodleAcceptsEveryFormulaAndFindsEveryElementItReads() {
        DOCUMENTS.forEach((name, doc) -> {
            for (Element q : questions(doc)) {
                if (!q.getAttribute("type").equals("calculated")) {
                    continue;
                }
                String where = name + " " + text(child(q, "name"));
                for (String element : QUESTION_ELEMENTS) {
                    assertThat(children(q, element)).as("%s: <%s>", where, element).hasSize(1);
                }
                List<Element> answers = children(q, "answer");
                assertThat(answers).as(where).isNotEmpty().hasSizeLessThanOrEqualTo(2);
                for (Element answer : answers) {
                    for (String element : ANSWER_ELEMENTS) {
                        assertThat(children(answer, element)).as("%s answer <%s>", where, element).hasSize(1);
                    }
                    assertThat(answer.getAttribute("fraction")).isEqualTo("100");
                    assertThat(MoodlePhp.formulaErrors(text(answer))).as("%s: %s", where, text(answer)).isEmpty();
                    String tolerance = child(answer, "tolerance").getTextContent();
                    assertThat(tolerance.length()).as("question_calculated.tolerance is CHAR(20)")
                            .isLessThanOrEqualTo(20);
                    assertThat(Double.parseDouble(tolerance)).isNotNegative();
                    assertThat(child(answer, "tolerancetype").getTextContent()).isIn("1", "2");
                }
                for (String textElement : List.of("questiontext", "generalfeedback")) {
                    Matcher m = MoodlePhp.FORMULA_IN_TEXT.matcher(text(child(q, textElement)));
                    while (m.find()) {
                        assertThat(MoodlePhp.formulaErrors(m.group(1))).as("%s %s: %s", where, textElement, m.group())
                                .isEmpty();
                    }
                }
                List<Element> definitions = children(child(q, "dataset_definitions"), "dataset_definition");
                assertThat(definitions).as(where).isNotEmpty();
                for (Element d : definitions) {
                    for (String element : DATASET_ELEMENTS) {
                        assertThat(children(d, element)).as("%s dataset <%s>", where, element).hasSize(1);
                    }
                    assertThat(text(child(d, "status"))).isEqualTo("private");
                    assertThat(child(d, "type").getTextContent()).isEqualTo("calculated");
                    List<Element> items = children(child(d, "dataset_items"), "dataset_item");
                    assertThat(child(d, "itemcount").getTextContent()).isEqualTo(Integer.toString(items.size()));
                    assertThat(child(d, "number_of_items").getTextContent()).isEqualTo(Integer.toString(items.size()));
                    for (int i = 0; i < items.size(); i++) {
                        assertThat(child(items.get(i), "number").getTextContent()).isEqualTo(Integer.toString(i + 1));
                        assertThat(child(items.get(i), "value").getTextContent()).matches("-?\\d+(\\.\\d+)?");
                    }
                    assertThat(items).as("%s: the same item numbers in every dataset", where)
                            .hasSameSizeAs(children(child(definitions.get(0), "dataset_items"), "dataset_item"));
                }
            }
        });
    }

    /**
     * Moodle shows the numbers we show: its texts, with the dataset values filled in and the {=...} expressions
     * computed, equal our texts for the same values, up to trailing zeros, except where a note says otherwise.
     */
    @Test
    void moodleShowsTheNumbersWeShowInTheTexts() {
        for (Bank bank : LIBRARY.banks()) {
            for (Question q : bank.questions()) {
                for (LmsLanguage language : List.of(LmsLanguage.EN, LmsLanguage.ZH)) {
                    Optional<Element> calculated = calculated(bank, q, language);
                    if (calculated.isEmpty()) {
                        continue;
                    }
                    boolean noted = notes(bank, q).stream().anyMatch(n -> n.contains("14 significant digits"));
                    Element e = calculated.get();
                    // both sides go through the same Markdown or HTML wrapping (MoodleText), numbers untouched by it
                    MoodleText wrap = new MoodleText(language, child(e, "questiontext").getAttribute("format")
                            .equals("html"));
                    for (Map<String, String> item : items(e)) {
                        Map<String, Double> values = values(q, item);
                        Map<String, Double> withAnswer = new LinkedHashMap<>(values);
                        withAnswer.put("answer", ((Key.Number) Variants.key(bank, q, values, Optional.empty()))
                                .value());
                        String where = bank.id() + "/" + q.id() + " " + language;
                        sameNumbers(MoodlePhp.replaceExpressionsInText(text(child(e, "questiontext")), item),
                                wrap.render(q.common().text().map(s -> Placeholders.fill(s, values))), noted,
                                where + " text");
                        sameNumbers(MoodlePhp.replaceExpressionsInText(text(child(e, "generalfeedback")), item),
                                wrap.render(q.common().explanation().map(s -> Placeholders.fill(s, withAnswer))),
                                noted, where + " explanation");
                    }
                }
            }
        }
    }

    /**
     * Exactly the questions whose key, or a number their texts print, needs {@code choose} or a comparison stay
     * one fixed variant, each with an XML comment and an entry saying why; all others are calculated questions.
     */
    @Test
    void onlyQuestionsThatNeedWhatMoodleLacksStayOneFixedVariant() {
        int calculated = 0;
        List<String> fixed = new ArrayList<>();
        for (Bank bank : LIBRARY.banks()) {
            Document doc = DOCUMENTS.get(bank.id() + "/EN");
            for (Question q : bank.questions()) {
                if (!q.parameterized()) {
                    continue;
                }
                Element element = question(doc, q.id());
                if (needsWhatMoodleLacks(q)) {
                    fixed.add(bank.id() + "/" + q.id());
                    assertThat(element.getAttribute("type")).isEqualTo("numerical");
                    assertThat(commentBefore(element)).as(q.id()).contains(q.id() + " is one fixed variant: ");
                    assertThat(EXPORTS.get(bank.id() + "/EN").parameterized()).anyMatch(p ->
                            p instanceof MoodleExport.FixedVariant f && f.questionId().equals(q.id())
                                    && !f.reason().isBlank());
                } else {
                    calculated++;
                    assertThat(element.getAttribute("type")).as(q.id()).isEqualTo("calculated");
                }
            }
        }
        System.out.println("Moodle XML: " + calculated + " parameterized questions as calculated questions, "
                + fixed.size() + " as one fixed variant: " + fixed);
        assertThat(calculated).isPositive();
    }

    private static boolean needsWhatMoodleLacks(Question q) {
        Map<String, Expr> derived = new LinkedHashMap<>();
        for (Parameter p : q.common().params()) {
            if (p instanceof Parameter.Derived d) {
                derived.put(d.name(), d.formula().formula().root());
            }
        }
        List<Expr> needed = new ArrayList<>(List.of(((Question.Numeric) q).answer().formula().root()));
        for (String s : List.of(q.common().text().en(), q.common().text().zh(), q.common().explanation().en(),
                q.common().explanation().zh())) {
            Placeholders.uses(s).stream().map(u -> derived.get(u.name())).filter(e -> e != null).forEach(needed::add);
        }
        return needed.stream().anyMatch(e -> lacking(e, derived));
    }

    private static boolean lacking(Expr e, Map<String, Expr> derived) {
        return switch (e) {
            case Expr.Num n -> false;
            case Expr.Name n -> derived.containsKey(n.name()) && lacking(derived.get(n.name()), derived);
            case Expr.Neg n -> lacking(n.operand(), derived);
            case Expr.Binary b -> COMPARISONS.contains(b.operator()) || lacking(b.left(), derived)
                    || lacking(b.right(), derived);
            case Expr.Call c -> c.function() == Function.CHOOSE
                    || c.arguments().stream().anyMatch(a -> lacking(a, derived));
        };
    }

    /** Our printed numbers and Moodle's agree up to trailing zeros (or, if noted, Moodle's rounded as we round). */
    private static void sameNumbers(String moodle, String ours, boolean noted, String where) {
        List<String> moodleParts = split(moodle);
        List<String> ourParts = split(ours);
        assertThat(moodleParts).as("%s:%n%s%n%s", where, moodle, ours).hasSameSizeAs(ourParts);
        for (int i = 0; i < ourParts.size(); i++) {
            String m = moodleParts.get(i);
            String o = ourParts.get(i);
            if (i % 2 == 0) {
                assertThat(m).as(where).isEqualTo(o);
            } else if (!trimmed(m).equals(trimmed(o))) {
                assertThat(noted).as("%s: Moodle shows %s where we show %s", where, m, o).isTrue();
                assertThat(trimmed(Placeholders.format(Double.parseDouble(m)))).as(where).isEqualTo(trimmed(o));
            }
        }
    }

    /** Text and numbers, alternating, starting with text. */
    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        int at = 0;
        while (m.find()) {
            parts.add(s.substring(at, m.start()));
            parts.add(m.group());
            at = m.end();
        }
        parts.add(s.substring(at));
        return parts;
    }

    private static String trimmed(String number) {
        return number.contains(".") && !number.contains("E") ? number.replaceAll("0+$", "").replaceAll("\\.$", "")
                : number;
    }

    private static List<String> notes(Bank bank, Question q) {
        return EXPORTS.get(bank.id() + "/EN").parameterized().stream()
                .flatMap(p -> p instanceof MoodleExport.Calculated c && c.questionId().equals(q.id())
                        ? c.notes().stream() : java.util.stream.Stream.empty()).toList();
    }

    /** Every parameter's value for one dataset item: drawn ones from the item, derived ones computed by our engine. */
    private static Map<String, Double> values(Question q, Map<String, String> item) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Parameter p : q.common().params()) {
            values.put(p.name(), switch (p) {
                case Parameter.Derived d -> d.formula().formula().evaluate(values);
                case Parameter.Grid g -> Double.parseDouble(item.get(g.name()));
                case Parameter.Choice c -> Double.parseDouble(item.get(c.name()));
            });
        }
        return values;
    }

    /** The dataset items of a calculated question: wildcard name to value as written, one map per item number. */
    private static List<Map<String, String>> items(Element q) {
        List<Map<String, String>> items = new ArrayList<>();
        for (Element d : children(child(q, "dataset_definitions"), "dataset_definition")) {
            String name = text(child(d, "name"));
            List<Element> values = children(child(d, "dataset_items"), "dataset_item");
            for (int i = 0; i < values.size(); i++) {
                if (items.size() <= i) {
                    items.add(new LinkedHashMap<>());
                }
                items.get(i).put(name, child(values.get(i), "value").getTextContent());
            }
        }
        return items;
    }

    private static Optional<Element> calculated(Bank bank, Question q, LmsLanguage language) {
        if (!q.parameterized()) {
            return Optional.empty();
        }
        Element e = question(DOCUMENTS.get(bank.id() + "/" + language), q.id());
        return e.getAttribute("type").equals("calculated") ? Optional.of(e) : Optional.empty();
    }

    private static List<Element> questions(Document doc) {
        List<Element> all = new ArrayList<>();
        NodeList questions = doc.getElementsByTagName("question");
        for (int i = 0; i < questions.getLength(); i++) {
            all.add((Element) questions.item(i));
        }
        return all;
    }

    private static Element question(Document doc, String id) {
        return questions(doc).stream().filter(q -> !q.getAttribute("type").equals("category")
                && text(child(q, "name")).equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static String commentBefore(Element e) {
        Node n = e.getPreviousSibling();
        while (n != null && !(n instanceof Comment)) {
            n = n.getPreviousSibling();
        }
        return n == null ? "" : n.getNodeValue();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    /** The {@code <text>} child of an element, as Moodle's importer trims it. */
    private static String text(Element e) {
        return child(e, "text").getTextContent().strip();
    }
}
