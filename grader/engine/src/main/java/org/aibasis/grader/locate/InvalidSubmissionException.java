package org.aibasis.grader.locate;

/** A submission that cannot be read at all (a broken zip, a file that is neither folder nor zip). */
public class InvalidSubmissionException extends Exception {
    public InvalidSubmissionException(String message) {
        super(message);
    }
}
