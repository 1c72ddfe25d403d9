package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.ExerciseStatus;
import org.aibasis.grader.model.Provenance;
import org.aibasis.grader.model.SubmissionResult;
import org.junit.jupiter.api.Test;

/** LMS gradebooks: the layouts Moodle's and Canvas's imports read, students matched through the roster. */
class LmsGradebookTests {
    private static final String ROSTER = "id,submission,name,email,section\r\n"
            + "s001,ada,Ada Lovelace,ada@example.edu,A\r\n"
            + "s002,carol.zip,\"Carol, C.\",carol@example.edu,B\r\n"
            + "s003,dan,Dan,dan@example.edu,A\r\n";

    private static SubmissionResult graded(String name, String source, double points) {
        return new SubmissionResult(name, List.of(new ExerciseResult(Fixtures.MDP, new ExerciseStatus.Graded(),
                List.of(Fixtures.test("T.a", points, new org.aibasis.grader.model.Outcome.Passed()),
                        Fixtures.test("T.b", 10 - points, new org.aibasis.grader.model.Outcome.Failed("no",
                                java.util.Optional.empty()))), List.of())),
                new Provenance(source, name, "", ""));
    }

    private static final List<SubmissionResult> CLASS = List.of(graded("ada", "ada", 9), graded("carol", "carol.zip",
            4.5), graded("eve", "eve", 7));

    private static List<String> lines(String csv) {
        return List.of(csv.split("\r\n"));
    }

    @Test
    void moodleHasIdNumberEmailAndOneColumnPerExercise() {
        LmsGradebook.Rendered r = LmsGradebook.render(LmsGradebook.Lms.MOODLE, CLASS, Roster.parse(ROSTER, "r.csv"));

        assertThat(lines(r.csv())).containsExactly(
                "ID number,Email address,Full name,mdp-evaluation,Autograder total",
                "s001,ada@example.edu,Ada Lovelace,9,9",
                "s002,carol@example.edu,\"Carol, C.\",4.5,4.5",
                "s003,dan@example.edu,Dan,,");
    }

    @Test
    void canvasHasItsFiveLeadingColumnsAndPointsPossible() {
        LmsGradebook.Rendered r = LmsGradebook.render(LmsGradebook.Lms.CANVAS, CLASS, Roster.parse(ROSTER, "r.csv"));

        assertThat(lines(r.csv())).containsExactly(
                "Student,ID,SIS User ID,SIS Login ID,Section,mdp-evaluation",
                "Points Possible,,,,,10",
                "Ada Lovelace,,s001,,A,9",
                "\"Carol, C.\",,s002,,B,4.5",
                "Dan,,s003,,A,");
    }

    @Test
    void plainHasIdsSubmissionsTotals() {
        LmsGradebook.Rendered r = LmsGradebook.render(LmsGradebook.Lms.PLAIN, CLASS, Roster.parse(ROSTER, "r.csv"));

        assertThat(lines(r.csv()).get(0)).isEqualTo("id,name,email,section,submission,mdp-evaluation,total,maxTotal");
        assertThat(lines(r.csv()).get(2)).isEqualTo("s002,\"Carol, C.\",carol@example.edu,B,carol.zip,4.5,4.5,10");
    }

    @Test
    void bothKindsOfMismatchAreReported() {
        LmsGradebook.Rendered r = LmsGradebook.render(LmsGradebook.Lms.PLAIN, CLASS, Roster.parse(ROSTER, "r.csv"));

        assertThat(r.notOnRoster()).containsExactly("eve");
        assertThat(r.withoutSubmission()).extracting(Roster.Student::id).containsExactly("s003");
    }

    @Test
    void formulaLikeRosterTextIsDefused() {
        Roster roster = Roster.parse("id,name\n=1+1,@SUM(A1)\n", "r.csv");
        String csv = LmsGradebook.render(LmsGradebook.Lms.PLAIN, List.of(), roster).csv();

        assertThat(lines(csv).get(1)).startsWith("'=1+1,'@SUM(A1),");
    }

    @Test
    void aRosterWithoutSubmissionColumnMatchesByIdAndHeadersIgnoreCase() {
        Roster roster = Roster.parse("\ufeffID,Name\nada,Ada\n", "r.csv");

        assertThat(roster.students()).containsExactly(new Roster.Student("ada", "ada", "Ada", "", ""));
        assertThat(LmsGradebook.render(LmsGradebook.Lms.PLAIN, CLASS, roster).notOnRoster())
                .containsExactly("carol.zip", "eve");
    }

    @Test
    void aBadRosterIsNamedWithItsLine() {
        assertThatThrownBy(() -> Roster.parse("name,email\nAda,a@x\n", "roster.csv"))
                .hasMessageStartingWith("roster.csv:1: no column 'id'");
        assertThatThrownBy(() -> Roster.parse("id\ns1\n\ns1\n", "roster.csv"))
                .hasMessageStartingWith("roster.csv:4: the id s1 appears twice");
        assertThatThrownBy(() -> Roster.parse("id,submission\ns1,a\ns2,a\n", "roster.csv"))
                .hasMessageStartingWith("roster.csv:3: the submission a belongs to two students");
        assertThatThrownBy(() -> Roster.parse("id,name\ns1,\"Ada\n", "roster.csv"))
                .hasMessageStartingWith("roster.csv:2: a quoted field is not closed");
        assertThatThrownBy(() -> Roster.parse("", "roster.csv")).hasMessageStartingWith("roster.csv: empty");
        assertThatThrownBy(() -> Roster.parse("id,name\n,Ada\n", "roster.csv"))
                .hasMessageStartingWith("roster.csv:2: the id is empty");
    }
}
