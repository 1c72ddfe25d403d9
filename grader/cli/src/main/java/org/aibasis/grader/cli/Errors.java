package org.aibasis.grader.cli;

import org.aibasis.grader.course.CourseException;
import org.aibasis.grader.locate.InvalidSubmissionException;
import picocli.CommandLine;

/** Turns expected failures into one clear line and an exit code instead of a stack trace. */
final class Errors implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int BROKEN_COURSE = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return switch (e) {
            case CourseException c -> report(cmd, "the course is broken: " + c.getMessage(), BROKEN_COURSE);
            case InvalidSubmissionException s -> report(cmd, s.getMessage(), BAD_INPUT);
            case UsageException u -> report(cmd, u.getMessage(), BAD_INPUT);
            case java.io.UncheckedIOException io -> report(cmd, io.getMessage() + ": "
                    + io.getCause().getMessage(), BAD_INPUT);
            case java.io.IOException io -> report(cmd, io.toString(), BAD_INPUT);
            default -> throw new IllegalStateException(e);
        };
    }

    private static int report(CommandLine cmd, String message, int code) {
        cmd.getErr().println("error: " + message);
        return code;
    }

    /** A problem with what the user asked for, explained in the message. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
