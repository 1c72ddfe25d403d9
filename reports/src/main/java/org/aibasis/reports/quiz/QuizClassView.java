package org.aibasis.reports.quiz;

import java.util.List;

/**
 * The class report of one quiz: item statistics per question and the students' totals, formatted for the template.
 *
 * @param labels       the fixed words, in the report's language
 * @param pageTitle    the page's title
 * @param quiz         quiz id
 * @param title        quiz title
 * @param respondents  graded attempts
 * @param groupSize    attempts in each of the upper and lower groups
 * @param alpha        Cronbach's alpha with two decimals, or why it is undefined
 * @param alphaValue   the full value for machine readers; empty when undefined
 * @param meanScore    mean total points
 * @param maxScore     points available
 * @param summary      how many students were graded, of how many points
 * @param flagsTitle   how many questions look broken
 * @param flagged      the questions that look broken, each with what to check, likely wrong keys first
 * @param items        one entry per question, in order of first appearance
 * @param students     one row per student
 * @param skipped      answers files that could not be graded ({@code file:line: message})
 * @param discrepant   the students whose answers files disagree with the quiz (an edited key, a dropped question)
 * @param minimum      how many answers a question needs to be judged
 * @param caution      why some questions are not judged (too few answers); empty when every question was judged
 */
public record QuizClassView(ClassLabels labels, String pageTitle, String quiz, String title, int respondents,
                            int groupSize, String alpha, String alphaValue, String meanScore, String maxScore,
                            String summary, String flagsTitle, List<Flagged> flagged, List<ItemRow> items,
                            List<StudentRow> students, List<String> skipped, List<Discrepant> discrepant, int minimum,
                            String caution) {
    public QuizClassView {
        flagged = List.copyOf(flagged);
        items = List.copyOf(items);
        students = List.copyOf(students);
        skipped = List.copyOf(skipped);
        discrepant = List.copyOf(discrepant);
    }

    /**
     * A student whose answers file stores something that disagrees with the attempt the bank defines.
     *
     * @param student  student id
     * @param href     link to the student's report
     * @param messages each disagreement ({@code file:line: message})
     */
    public record Discrepant(String student, String href, List<String> messages) {
        public Discrepant {
            messages = List.copyOf(messages);
        }
    }

    /**
     * A question that looks broken.
     *
     * @param number   the question's number in the report
     * @param anchor   the HTML id of its row
     * @param id       {@code bank/question-id}
     * @param messages what each flag means and what to check
     */
    public record Flagged(int number, String anchor, String id, List<String> messages) {
        public Flagged {
            messages = List.copyOf(messages);
        }
    }

    /**
     * Item statistics of one question.
     *
     * @param number              1-based
     * @param anchor              HTML id
     * @param id                  {@code bank/question-id}
     * @param type                single, multiple, truefalse or numeric
     * @param typeText            the type in words
     * @param text                the question's text (of one student's variant when parameterized)
     * @param parameterized       whether parameters vary per student
     * @param points              the question's points
     * @param respondents         attempts posed the question (n)
     * @param judged              whether n reached the minimum; otherwise "too few answers to judge" and no flag
     * @param facility            two decimals
     * @param facilityValue       full value
     * @param discrimination      two decimals or n/a
     * @param discriminationValue full value, empty when undefined
     * @param pointBiserial       two decimals or n/a
     * @param pointBiserialValue  full value, empty when undefined
     * @param flags               what looks broken; empty when nothing
     * @param options             distractor analysis; empty for numeric questions
     */
    public record ItemRow(int number, String anchor, String id, String type, String typeText, String text,
                          boolean parameterized, String points, int respondents, boolean judged, String facility,
                          String facilityValue,
                          String discrimination, String discriminationValue, String pointBiserial,
                          String pointBiserialValue, List<String> flags, List<OptionRow> options) {
        public ItemRow {
            flags = List.copyOf(flags);
            options = List.copyOf(options);
        }
    }

    /**
     * Who chose one option.
     *
     * @param id      stable option id ({@code true}/{@code false} for true/false questions)
     * @param text    the option's text
     * @param correct whether it is (part of) the key
     * @param all     percentage of all respondents who chose it
     * @param upper   percentage of the upper group, or n/a
     * @param lower   percentage of the lower group, or n/a
     * @param flagged whether it is a distractor nobody chose
     */
    public record OptionRow(String id, String text, boolean correct, String all, String upper, String lower,
                            boolean flagged) {
    }

    /**
     * One student's total.
     *
     * @param student student id
     * @param href    link to the student's report
     * @param score   points earned
     * @param percent whole percentage
     */
    public record StudentRow(String student, String href, String score, int percent) {
    }
}
