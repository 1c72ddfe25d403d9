package org.aibasis.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.aibasis.grader.model.ExerciseResult;
import org.aibasis.grader.model.SubmissionResult;

/**
 * A gradebook to import into an LMS: one row per student of the {@link Roster}, identified as the LMS knows them,
 * with the points of each exercise and the total.
 *
 * <ul>
 *   <li>{@code moodle}: {@code ID number,Email address,Full name,<exercise ids...>,Autograder total} for Moodle's
 *       "Import grades from CSV" (map "ID number" to the user's idnumber, each exercise column to a grade item);</li>
 *   <li>{@code canvas}: {@code Student,ID,SIS User ID,SIS Login ID,Section,<exercise ids...>} and a second row
 *       {@code Points Possible}, the layout of Canvas's gradebook export that its import reads (students are
 *       matched by SIS User ID; a new column becomes a new assignment);</li>
 *   <li>{@code plain}: {@code id,name,email,section,submission,<exercise ids...>,total,maxTotal}.</li>
 * </ul>
 *
 * <p>A student without a submission gets empty cells (an LMS leaves those grades unchanged); a submission no
 * student claims is left out. Both are listed in {@link Rendered}, for the instructor to settle. Fields follow RFC
 * 4180 with the same defusing of formula-like text as {@link GradebookCsv}.
 */
public final class LmsGradebook {
    private static final String EOL = "\r\n";

    /** The LMS a gradebook is written for. */
    public enum Lms {
        MOODLE, CANVAS, PLAIN
    }

    /**
     * A rendered gradebook and what did not match.
     *
     * @param csv                the gradebook
     * @param notOnRoster        the submissions (their sources) that no roster row claims
     * @param withoutSubmission  the roster's students for whom the class has no submission
     */
    public record Rendered(String csv, List<String> notOnRoster, List<Roster.Student> withoutSubmission) {
        public Rendered {
            Objects.requireNonNull(csv, "csv");
            notOnRoster = List.copyOf(notOnRoster);
            withoutSubmission = List.copyOf(withoutSubmission);
        }
    }

    private LmsGradebook() {
    }

    /** The file name of the gradebook for {@code lms}: {@code gradebook-moodle.csv} and so on. */
    public static String fileName(Lms lms) {
        return "gradebook-" + lms.name().toLowerCase(java.util.Locale.ROOT) + ".csv";
    }

    /**
     * The gradebook of {@code results} for {@code lms}: a roster row matches the submission whose name or source
     * (the file or folder in the class folder, such as {@code carol.zip}) equals the row's submission.
     */
    public static Rendered render(Lms lms, List<SubmissionResult> results, Roster roster) {
        Map<String, SubmissionResult> byName = new LinkedHashMap<>();
        for (SubmissionResult r : results) {
            byName.putIfAbsent(r.submission(), r);
            if (!r.provenance().source().isEmpty()) {
                byName.putIfAbsent(r.provenance().source(), r);
            }
        }
        List<String> ids = ClassViews.exerciseIds(results);
        double maxTotal = results.stream().mapToDouble(SubmissionResult::maxScore).max().orElse(0);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(switch (lms) {
            case MOODLE -> List.of("ID number", "Email address", "Full name");
            case CANVAS -> List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section");
            case PLAIN -> List.of("id", "name", "email", "section", "submission");
        });
        header.addAll(ids);
        header.addAll(switch (lms) {
            case MOODLE -> List.of("Autograder total");
            case CANVAS -> List.of();
            case PLAIN -> List.of("total", "maxTotal");
        });
        record(out, header.stream().map(GradebookCsv::text).toList());
        if (lms == Lms.CANVAS) {
            List<String> possible = new ArrayList<>(List.of("Points Possible", "", "", "", ""));
            for (String id : ids) {
                possible.add(Visible.points(results.stream().flatMap(r -> r.exercises().stream())
                        .filter(e -> e.exercise().id().equals(id)).mapToDouble(ExerciseResult::maxScore).max()
                        .orElse(0)));
            }
            record(out, possible);
        }
        List<Roster.Student> without = new ArrayList<>();
        List<SubmissionResult> claimed = new ArrayList<>();
        for (Roster.Student s : roster.students()) {
            Optional<SubmissionResult> r = Optional.ofNullable(byName.get(s.submission()));
            r.ifPresentOrElse(claimed::add, () -> without.add(s));
            List<String> row = new ArrayList<>(switch (lms) {
                case MOODLE -> List.of(GradebookCsv.text(s.id()), GradebookCsv.text(s.email()),
                        GradebookCsv.text(s.name()));
                case CANVAS -> List.of(GradebookCsv.text(s.name()), "", GradebookCsv.text(s.id()), "",
                        GradebookCsv.text(s.section()));
                case PLAIN -> List.of(GradebookCsv.text(s.id()), GradebookCsv.text(s.name()),
                        GradebookCsv.text(s.email()), GradebookCsv.text(s.section()),
                        GradebookCsv.text(r.map(x -> x.provenance().source().isEmpty() ? x.submission()
                                : x.provenance().source()).orElse("")));
            });
            Map<String, ExerciseResult> byId = new LinkedHashMap<>();
            r.ifPresent(x -> x.exercises().forEach(e -> byId.putIfAbsent(e.exercise().id(), e)));
            for (String id : ids) {
                ExerciseResult e = byId.get(id);
                row.add(e == null ? "" : Visible.points(e.score()));
            }
            String total = r.map(x -> Visible.points(x.score())).orElse("");
            row.addAll(switch (lms) {
                case MOODLE -> List.of(total);
                case CANVAS -> List.of();
                case PLAIN -> List.of(total, Visible.points(maxTotal));
            });
            record(out, row);
        }
        List<String> notOnRoster = results.stream().filter(r -> claimed.stream().noneMatch(c -> c == r))
                .map(r -> r.provenance().source().isEmpty() ? r.submission() : r.provenance().source()).toList();
        return new Rendered(out.toString(), notOnRoster, without);
    }

    private static void record(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields)).append(EOL);
    }
}
