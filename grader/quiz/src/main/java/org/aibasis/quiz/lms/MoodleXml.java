package org.aibasis.quiz.lms;

import java.io.StringWriter;
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
 * {@code truefalse} or {@code numerical} question per question, texts in Markdown format, the explanation as
 * general feedback, option feedback per answer, the question's points as its default grade. Multiple response
 * uses the weights of {@link Weights} (net-correct in Moodle). A parameterized question is exported as one
 * instantiated variant, like in GIFT.
 */
public final class MoodleXml {
    private MoodleXml() {
    }

    /** The bank as a Moodle XML document. */
    public static String export(Bank bank, LmsLanguage language) {
        StringWriter out = new StringWriter();
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
                question(xml, bank, ExportVariant.of(bank, q), language);
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out + "\n";
    }

    private static void question(XMLStreamWriter xml, Bank bank, ExportVariant v, LmsLanguage lang)
            throws XMLStreamException {
        Question q = v.question();
        xml.writeStartElement("question");
        xml.writeAttribute("type", switch (q) {
            case Question.SingleChoice s -> "multichoice";
            case Question.MultipleResponse m -> "multichoice";
            case Question.TrueFalse t -> "truefalse";
            case Question.Numeric n -> "numerical";
        });
        xml.writeStartElement("name");
        element(xml, "text", q.id());
        xml.writeEndElement();
        MoodleText t = MoodleText.of(v, lang);
        formatted(xml, "questiontext", t.format(), t.render(v.text()));
        formatted(xml, "generalfeedback", t.format(), t.render(v.explanation()));
        element(xml, "defaultgrade", Weights.number(q.points()));
        element(xml, "penalty", "0");
        element(xml, "hidden", "0");
        element(xml, "idnumber", bank.id() + "/" + q.id());
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

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
