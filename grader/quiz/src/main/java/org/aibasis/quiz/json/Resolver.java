package org.aibasis.quiz.json;

import java.util.Optional;
import org.aibasis.quiz.variant.Attempt;

/** What reading an answers file needs from the loaded question banks: the attempt they define. */
public interface Resolver {

    /** The variant of a quiz for a student's attempt: the questions, parameters, keys and option orders. */
    Optional<Attempt> variant(String quiz, String student, int attempt);
}
