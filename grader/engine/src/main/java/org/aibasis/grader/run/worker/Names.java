package org.aibasis.grader.run.worker;

/** Shortens JVM names in error messages to what a student wrote: {@code course.mdp.Mdp} becomes {@code Mdp}. */
final class Names {
    private Names() {
    }

    static String strip(String message) {
        if (message == null) {
            return "";
        }
        return message.replace("'", "").replaceAll("\\b(?:[a-z_][a-z0-9_]*[./])+([A-Z][\\w$]*)", "$1");
    }
}
