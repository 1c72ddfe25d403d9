package org.aibasis.quiz.json;

import java.util.Optional;
import org.aibasis.quiz.bank.Bank;
import org.aibasis.quiz.variant.Attempt;

/** What reading an attempt file needs from the loaded question banks. */
public interface Resolver {

    /** The loaded bank with this id. */
    Optional<Bank> bank(String id);

    /** The variant of a quiz for a student's attempt, for answers files that do not store the questions. */
    Optional<Attempt> variant(String quiz, String student, int attempt);
}
