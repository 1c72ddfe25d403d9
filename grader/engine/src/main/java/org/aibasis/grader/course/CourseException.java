package org.aibasis.grader.course;

/** The course folders themselves are broken (an instructor's problem, not a student's): names the file. */
public class CourseException extends RuntimeException {
    public CourseException(String message) {
        super(message);
    }

    public CourseException(String message, Throwable cause) {
        super(message, cause);
    }
}
