package org.aibasis.grader.cli;

import org.aibasis.grader.course.CourseException;
import org.aibasis.grader.locate.InvalidSubmissionException;
import picocli.CommandLine;

/**
 * Turns failures into one clear line and an exit code instead of a stack trace: the user's mistakes (exit 2), a
 * broken course (3), and anything unexpected (4, named as a bug in the grader).
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int BROKEN_COURSE = 3;
    static final int INTERNAL = 4;
    /** The help's line for {@link #INTERNAL}. */
    static final String INTERNAL_EXIT = "4:an internal error (a bug in the grader: please report it)";
    /** The help's line for {@link #BROKEN_COURSE}. */
    static final String BROKEN_EXIT = "3:the course itself is broken";
    /** What a shell reports for a command stopped by Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return switch (e) {
            case java.util.concurrent.ExecutionException x when x.getCause() instanceof Exception cause ->
                    handleExecutionException(cause, cmd, parsed);
            case CourseException c -> report(cmd, "the course is broken: " + c.getMessage(), BROKEN_COURSE);
            case InvalidSubmissionException s -> report(cmd, s.getMessage(), BAD_INPUT);
            case UsageException u -> report(cmd, u.getMessage(), BAD_INPUT);
            case java.io.UncheckedIOException io -> report(cmd, io.getMessage() + ": "
                    + io.getCause().getMessage(), BAD_INPUT);
            case java.io.IOException io -> report(cmd, io.getMessage() == null ? io.toString() : io.getMessage(),
                    BAD_INPUT);
            case InterruptedException i -> report(cmd, "interrupted", INTERRUPTED);
            default -> report(cmd, "internal error (a bug in the grader; please report it with the command you "
                    + "ran): " + e, INTERNAL);
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
