package org.aibasis.quiz.lms;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.bank.Option;
import org.aibasis.quiz.bank.Question;
import org.aibasis.quiz.bank.Text;
import org.aibasis.quiz.variant.Key;

/**
 * Moodle XML export of a bank: a category named after the bank, then one {@code multichoice} (single or multiple),
 * {@code truefalse}, {@code numerical} or {@code calculated} question per question, texts in Markdown format (HTML
 * when they have a formula), the explanation as general feedback, option feedback per answer, the question's points
 * as its default grade. Multiple response uses the weights of {@link Weights} (net-correct in Moodle).
 *
 * <p>A parameterized numeric question becomes a {@code calculated} question when Moodle's formulas can say its key
 * ({@link MoodleCalculated}, {@link MoodleFormula}); any other parameterized question is one instantiated variant,
 * like in GIFT, preceded by an XML comment that says why. The element names of a calculated question are those
 * that {@code qformat_xml::import_calculated} reads (moodle/moodle {@code question/format/xml/format.php}).
 */
public final class MoodleXml {
    private MoodleXml() {
    }

    /** The bank as a Moodle XML document. */
    public static String export(Bank bank, LmsLanguage language) {
        return write(bank, language).xml();
    }

    /** The bank as a Moodle XML document, with how each parameterized question was written. */
    public static MoodleExport write(Bank bank, LmsLanguage language) {
        StringWriter out = new StringWriter();
        List<MoodleExport.Parameterized> parameterized = new ArrayList<>();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("quiz");
            xml.writeCharacters("\n");
            xml.writeStartElement("question");
            xml.writeAttribute("type", "category");
            xml.writeStartElement("category");
            element(xml, "text", "$course$/top/" + bank.id());
            xml.writeEndElement();
            xml.writeStartElement("info");
            xml.writeAttribute("format", "markdown");
            element(xml, "text", language.render(bank.title()));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            for (Question q : bank.questions()) {
                ExportVariant v = ExportVariant.of(bank, q);
                MoodleText t = MoodleText.of(v, language);
                if (!q.parameterized()) {
                    question(xml, bank, v, t);
                } else {
                    switch (MoodleCalculated.of(bank, q)) {
                        case MoodleCalculated.Calculated c -> {
                            c.notes().forEach(n -> comment(xml, q.id() + " as a calculated question: " + n));
                            calculated(xml, bank, (Question.Numeric) q, c, t);
                            parameterized.add(new MoodleExport.Calculated(q.id(), c.items().size(), c.notes()));
                        }
                        case MoodleCalculated.Fallback f -> {
                            comment(xml, q.id() + " is one fixed variant: " + f.reason());
                            question(xml, bank, v, t);
                            parameterized.add(new MoodleExport.FixedVariant(q.id(), f.reason()));
                        }
                    }
                }
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return new MoodleExport(out + "\n", parameterized);
    }

    private static void comment(XMLStreamWriter xml, String text) {
        try {
            // XML comments may not hold "--" nor end with "-"
            xml.writeComment(" aibasis: " + text.replace("--", "- -") + " ");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
    }

    /** The elements every question starts with: name, texts, grade, id number. */
    private static void head(XMLStreamWriter xml, Bank bank, Question q, String type, MoodleText t, Text text,
                             Text explanation) throws XMLStreamException {
        xml.writeStartElement("question");
        xml.writeAttribute("type", type);
        xml.writeStartElement("name");
        element(xml, "text", q.id());
        xml.writeEndElement();
        formatted(xml, "questiontext", t.format(), t.render(text));
        formatted(xml, "generalfeedback", t.format(), t.render(explanation));
        element(xml, "defaultgrade", Weights.number(q.points()));
        element(xml, "penalty", "0");
        element(xml, "hidden", "0");
        element(xml, "idnumber", bank.id() + "/" + q.id());
    }

    private static void question(XMLStreamWriter xml, Bank bank, ExportVariant v, MoodleText t)
            throws XMLStreamException {
        Question q = v.question();
        head(xml, bank, q, switch (q) {
            case Question.SingleChoice s -> "multichoice";
            case Question.MultipleResponse m -> "multichoice";
            case Question.TrueFalse tf -> "truefalse";
            case Question.Numeric n -> "numerical";
        }, t, v.text(), v.explanation());
        switch (v.key()) {
            case Key.OneOption one -> {
                element(xml, "single", "true");
                choiceSettings(xml, q);
                for (Option o : v.options()) {
                    answer(xml, o.correct() ? "100" : "0", t.render(o.text()), o.feedback(), t);
                }
            }
            case Key.Options many -> {
                element(xml, "single", "false");
                choiceSettings(xml, q);
                for (Option o : v.options()) {
                    answer(xml, Weights.format(Weights.of(o, v.options())), t.render(o.text()), o.feedback(),
                            t);
                }
            }
            case Key.Truth truth -> {
                answer(xml, truth.value() ? "100" : "0", "true", Optional.empty(), t);
                answer(xml, truth.value() ? "0" : "100", "false", Optional.empty(), t);
            }
            case Key.Number number -> {
                xml.writeStartElement("answer");
                xml.writeAttribute("fraction", "100");
                xml.writeAttribute("format", "moodle_auto_format");
                element(xml, "text", Weights.number(number.value()));
                element(xml, "tolerance", Weights.number(number.tolerance().around(number.value())));
                formatted(xml, "feedback", t.format(), "");
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    /**
     * A calculated question, element by element as Moodle's own export writes one: private datasets (one per drawn
     * parameter, all with the same item numbers), no units, the answer shown with 6 significant digits like our
     * reports (0 decimals when every key is whole).
     */
    private static void calculated(XMLStreamWriter xml, Bank bank, Question.Numeric q, MoodleCalculated.Calculated c,
                                   MoodleText t) throws XMLStreamException {
        head(xml, bank, q, "calculated", t, c.text(), c.explanation());
        // synchronize concerns datasets shared across a category; private datasets of one question always use the
        // same item number for all wildcards
        element(xml, "synchronize", "0");
        element(xml, "single", "0");
        element(xml, "answernumbering", "abc");
        element(xml, "shuffleanswers", "0");
        for (String feedback : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            formatted(xml, feedback, t.format(), "");
        }
        boolean whole = c.wholeKeys();
        for (MoodleTolerance.Part part : c.tolerance().answers()) {
            xml.writeStartElement("answer");
            xml.writeAttribute("fraction", "100");
            element(xml, "text", c.answer());
            element(xml, "tolerance", Weights.number(part.value()));
            element(xml, "tolerancetype", Integer.toString(part.type()));
            element(xml, "correctanswerformat", whole ? "1" : "2");
            element(xml, "correctanswerlength", whole ? "0" : "6");
            formatted(xml, "feedback", t.format(), "");
            xml.writeEndElement();
        }
        element(xml, "unitgradingtype", "0");
        element(xml, "unitpenalty", "0");
        element(xml, "showunits", "3");
        element(xml, "unitsleft", "0");
        xml.writeStartElement("dataset_definitions");
        for (String name : c.wildcards()) {
            List<Double> values = c.items().stream().map(i -> i.values().get(name)).toList();
            xml.writeStartElement("dataset_definition");
            textElement(xml, "status", "private");
            textElement(xml, "name", name);
            element(xml, "type", "calculated");
            textElement(xml, "distribution", "uniform");
            textElement(xml, "minimum", Weights.number(values.stream().mapToDouble(x -> x).min().orElseThrow()));
            textElement(xml, "maximum", Weights.number(values.stream().mapToDouble(x -> x).max().orElseThrow()));
            textElement(xml, "decimals", Integer.toString(values.stream().mapToInt(MoodleXml::decimals).max()
                    .orElseThrow()));
            element(xml, "itemcount", Integer.toString(values.size()));
            xml.writeStartElement("dataset_items");
            for (int i = 0; i < values.size(); i++) {
                xml.writeStartElement("dataset_item");
                element(xml, "number", Integer.toString(i + 1));
                element(xml, "value", Weights.number(values.get(i)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            element(xml, "number_of_items", Integer.toString(values.size()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Decimals of the shortest decimal form of {@code value}. */
    private static int decimals(double value) {
        return Math.max(0, new java.math.BigDecimal(Weights.number(value)).scale());
    }

    private static void choiceSettings(XMLStreamWriter xml, Question q) throws XMLStreamException {
        boolean shuffle = switch (q) {
            case Question.SingleChoice s -> s.shuffle();
            case Question.MultipleResponse m -> m.shuffle();
            case Question.TrueFalse t -> false;
            case Question.Numeric n -> false;
        };
        element(xml, "shuffleanswers", shuffle ? "true" : "false");
        element(xml, "answernumbering", "ABCD");
    }

    private static void answer(XMLStreamWriter xml, String fraction, String text, Optional<Text> feedback,
                               MoodleText t) throws XMLStreamException {
        xml.writeStartElement("answer");
        xml.writeAttribute("fraction", fraction);
        xml.writeAttribute("format", t.format());
        element(xml, "text", text);
        formatted(xml, "feedback", t.format(), feedback.map(t::render).orElse(""));
        xml.writeEndElement();
    }

    private static void formatted(XMLStreamWriter xml, String name, String format, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("format", format);
        element(xml, "text", text);
        xml.writeEndElement();
    }

    private static void textElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        element(xml, "text", text);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
