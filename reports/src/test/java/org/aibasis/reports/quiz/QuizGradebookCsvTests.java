package org.aibasis.reports.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuizGradebookCsvTests {

    @Test
    void oneRowPerStudentWithTopicsInCourseOrderAndFormulasDefused() {
        String csv = QuizGradebookCsv.render(List.of(
                QuizFixtures.graded("search", "=HYPERLINK(\"x\")", -1),
                QuizFixtures.graded("rl-bandits", "s,2", -1)));
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("student,rl,search,total,maxTotal");
        assertThat(lines[1]).startsWith("\"'=HYPERLINK(\"\"x\"\")\",,");
        assertThat(lines[2]).startsWith("\"s,2\",").matches("\"s,2\",[0-9.]+,,[0-9.]+,[0-9.]+");
        assertThat(csv).endsWith("\r\n");
    }
}
