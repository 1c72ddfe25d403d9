package org.aibasis.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.SubmissionResult;

/**
 * The gradebook ({@code gradebook.csv}): one row per submission, one column per exercise, then the total.
 *
 * <p>The header is {@code submission,source,folder,<exercise ids...>,total,maxTotal}: the submission's name as
 * the student wrote it, the file or folder it came from ({@code carol.zip}), and the folder its reports are in
 * (empty when unknown). Fields follow RFC 4180: separated by
 * commas, records ended by CRLF, a field with a comma, quote or line break in double quotes with quotes doubled.
 * A text field that a spreadsheet would read as a formula (it starts with {@code = + - @}, a tab or a carriage
 * return) gets a leading apostrophe, since submission names come from students. An exercise a submission has no
 * result for is an empty field.
 */
public final class GradebookCsv {
    private static final String EOL = "\r\n";

    private GradebookCsv() {
    }

    /** The gradebook of {@code results}, one row per submission in the order given. */
    public static String render(List<SubmissionResult> results) {
        List<String> ids = ClassViews.exerciseIds(results);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("submission");
        header.add("source");
        header.add("folder");
        header.addAll(ids);
        header.add("total");
        header.add("maxTotal");
        record(out, header.stream().map(GradebookCsv::text).toList());
        for (SubmissionResult r : results) {
            Map<String, ExerciseResult> byId = new LinkedHashMap<>();
            r.exercises().forEach(e -> byId.putIfAbsent(e.exercise().id(), e));
            List<String> row = new ArrayList<>();
            row.add(text(r.submission()));
            row.add(text(r.provenance().source()));
            row.add(text(r.provenance().folder()));
            for (String id : ids) {
                ExerciseResult e = byId.get(id);
                row.add(e == null ? "" : number(e.score()));
            }
            row.add(number(r.score()));
            row.add(number(r.maxScore()));
            record(out, row);
        }
        return out.toString();
    }

    /** A text field: defused against formula injection, then quoted when it must be. */
    static String text(String value) {
        String v = Visible.encodable(value);
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return quoted(v);
    }

    private static String number(double value) {
        return Visible.points(value);
    }

    private static String quoted(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static void record(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields)).append(EOL);
    }
}
