package org.aibasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.aibasis.grader.model.Provenance;
import org.aibasis.grader.model.SubmissionResult;
import org.junit.jupiter.api.Test;

/** The gradebook, read back with a small RFC 4180 parser. */
class GradebookCsvTests {

    /** Parses RFC 4180 CSV: CRLF records, fields in double quotes may hold commas, quotes (doubled) and CRLF. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote may only open a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare line breaks are not allowed").isNotIn('\r', '\n');
                field.append(c);
            }
        }
        assertThat(quoted).as("every quote is closed").isFalse();
        assertThat(field).as("the last record ends with CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }

    @Test
    void hasOneColumnPerExerciseAndOneRowPerSubmission() {
        List<List<String>> rows = parse(GradebookCsv.render(ClassFixtures.fourStudents()));

        assertThat(rows).containsExactly(
                List.of("submission", "source", "folder", "a", "b", "total", "maxTotal"),
                List.of("s1", "", "", "10", "5", "15", "15"),
                List.of("s2", "", "", "6", "0", "6", "15"),
                List.of("s3", "", "", "4", "0", "4", "15"),
                List.of("s4", "", "", "0", "0", "0", "15"));
    }

    @Test
    void writesDecimalPointsWithoutTrailingZeros() {
        List<List<String>> rows = parse(GradebookCsv.render(List.of(Fixtures.everything())));

        assertThat(rows.get(0)).containsExactly("submission", "source", "folder", "mdp-evaluation", "astar-consistency",
                "attention-scaling", "knn-hyperparameters", "total", "maxTotal");
        assertThat(rows.get(1)).containsExactly("ben-max-backup", "", "", "2", "0", "0", "0", "2", "24");
    }

    @Test
    void quotesWhatMustBeQuotedAndRoundTrips() {
        List<String> names = List.of("plain", "with,comma", "with \"quotes\"", "two\r\nlines", "new\nline",
                "  spaces  ", "中文 é", "'already'");
        List<SubmissionResult> results = names.stream().map(n -> new SubmissionResult(n,
                ClassFixtures.fourStudents().get(0).exercises())).toList();

        List<List<String>> rows = parse(GradebookCsv.render(results));

        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(names);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(7));
    }

    @Test
    void defusesSpreadsheetFormulas() {
        List<String> names = List.of("=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1",
                "=HYPERLINK(\"http://x\",\"y\")", "a=b", "safe-name");
        List<SubmissionResult> results = names.stream().map(n -> new SubmissionResult(n, List.of())).toList();

        List<List<String>> rows = parse(GradebookCsv.render(results));

        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactly(
                "'=cmd|' /C calc'!A0", "'+1+2", "'-2+3", "'@SUM(A1:A2)", "'\t=1", "'\r=1",
                "'=HYPERLINK(\"http://x\",\"y\")", "a=b", "safe-name");
        for (List<String> row : rows) {
            assertThat(row).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@"));
        }
    }

    @Test
    void anExerciseWithoutAResultIsAnEmptyField() {
        List<SubmissionResult> results = List.of(ClassFixtures.fourStudents().get(0),
                new SubmissionResult("only-b", ClassFixtures.fourStudents().get(0).exercises().subList(1, 2)));

        List<List<String>> rows = parse(GradebookCsv.render(results));

        assertThat(rows.get(2)).containsExactly("only-b", "", "", "", "5", "5", "5");
    }

    /** Two submissions of one name stay apart: the gradebook says which file each came from and where it went. */
    @Test
    void sourceAndFolderTellSubmissionsOfOneNameApart() {
        List<SubmissionResult> results = List.of(
                new SubmissionResult("carol", List.of(), new Provenance("carol", "carol", "", "")),
                new SubmissionResult("carol", List.of(), new Provenance("carol.zip", "carol~2", "", "")),
                new SubmissionResult("张三", List.of(), new Provenance("张三.zip", "张三", "", "")));

        List<List<String>> rows = parse(GradebookCsv.render(results));

        assertThat(rows.subList(1, rows.size())).containsExactly(List.of("carol", "carol", "carol", "0", "0"),
                List.of("carol", "carol.zip", "carol~2", "0", "0"), List.of("张三", "张三.zip", "张三", "0", "0"));
    }

    @Test
    void anEmptyClassIsJustTheHeader() {
        assertThat(GradebookCsv.render(List.of())).isEqualTo("submission,source,folder,total,maxTotal\r\n");
    }
}
