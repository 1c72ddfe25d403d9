package org.aibasis.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The class list an LMS gradebook is written for: who the students are and which submission is whose.
 *
 * <p>Read from a CSV file (RFC 4180, UTF-8, a header row) with the columns {@code id} (the student id the LMS
 * knows: Moodle's ID number, Canvas's SIS User ID), and optionally {@code submission} (the submission's folder or
 * zip name in the class folder; default: the id), {@code name}, {@code email} and {@code section}; header names
 * are case-insensitive, other columns are ignored.
 *
 * @param students the roster's rows, in file order
 */
public record Roster(List<Student> students) {
    /** The columns a roster may have. */
    public static final List<String> COLUMNS = List.of("id", "submission", "name", "email", "section");

    public Roster {
        students = List.copyOf(students);
    }

    /**
     * One student of the roster.
     *
     * @param id         the student id the LMS knows
     * @param submission the name of the student's submission in the class folder
     * @param name       the student's name, or empty
     * @param email      the student's e-mail address, or empty
     * @param section    the student's section (Canvas), or empty
     */
    public record Student(String id, String submission, String name, String email, String section) {
        public Student {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(section, "section");
        }
    }

    /**
     * Reads a roster.
     *
     * @param file shown in messages
     * @throws IllegalArgumentException naming {@code file}, the line and what to do, when the roster is malformed
     */
    public static Roster parse(String text, String file) {
        List<List<String>> rows = records(text.startsWith("\ufeff") ? text.substring(1) : text, file);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty; a roster needs a header row with at least the column "
                    + "id (columns: " + String.join(", ", COLUMNS) + ")");
        }
        Map<String, Integer> column = new LinkedHashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!column.containsKey("id")) {
            throw new IllegalArgumentException(file + ":1: no column 'id' in the header (" + String.join(",", header)
                    + "); a roster has the columns " + String.join(", ", COLUMNS) + " (only id is required)");
        }
        List<Student> students = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> submissions = new HashSet<>();
        for (int line = 2; line <= rows.size(); line++) {
            List<String> row = rows.get(line - 1);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String id = field(row, column, "id");
            if (id.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + line + ": the id is empty; every row needs the "
                        + "student id the LMS knows");
            }
            String submission = field(row, column, "submission");
            submission = submission.isEmpty() ? id : submission;
            if (!ids.add(id)) {
                throw new IllegalArgumentException(file + ":" + line + ": the id " + id + " appears twice; each "
                        + "student once");
            }
            if (!submissions.add(submission)) {
                throw new IllegalArgumentException(file + ":" + line + ": the submission " + submission
                        + " belongs to two students; give each student their own");
            }
            students.add(new Student(id, submission, field(row, column, "name"), field(row, column, "email"),
                    field(row, column, "section")));
        }
        return new Roster(students);
    }

    private static String field(List<String> row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    /** RFC 4180 records: commas, CRLF or LF, double quotes with doubled quotes inside. */
    private static List<List<String>> records(String text, String file) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
                line++;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ":" + quoteLine + ": a quoted field is not closed (a \" is "
                    + "missing)");
        }
        if (any || !field.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
