package org.aibasis.grader.locate;

import java.util.List;
import java.util.Objects;

import org.aibasis.grader.model.Diagnostic;

/** What a submission holds for one exercise. */
public sealed interface Located {

    /**
     * The student's files, and notes about how they were found (e.g. a file taken from the skeleton).
     *
     * @param studentFiles the edited files as the student wrote them
     * @param supportFiles the exercise's given classes (and skeleton stand-ins for files the student left out)
     * @param notes        what a student should know about how their files were read
     */
    record Found(List<SourceFile> studentFiles, List<SourceFile> supportFiles, List<Diagnostic> notes)
            implements Located {
        public Found {
            studentFiles = List.copyOf(studentFiles);
            supportFiles = List.copyOf(supportFiles);
            notes = List.copyOf(notes);
        }
    }

    /** The submission has none of the exercise's files. */
    record Missing(String reason) implements Located {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
