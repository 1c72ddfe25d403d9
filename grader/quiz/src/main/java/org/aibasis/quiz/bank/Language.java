package org.aibasis.quiz.bank;

/** The languages every text exists in. */
public enum Language {
    EN, ZH
}
