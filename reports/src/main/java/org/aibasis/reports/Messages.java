package org.aibasis.reports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.aibasis.grader.model.Language;

/**
 * The fixed wording of one kind of output in one language, from a bundle of {@code .properties} files, one per
 * language ({@code name.properties} in English, {@code name_zh.properties} in Chinese), so that a translation is
 * one file. The reports' bundles are {@code org/aibasis/reports/messages/student} (a student's grading report:
 * the views, templates and terminal summary) and {@code .../messages/class} (the class report); other modules keep
 * the wording of their terminal output in bundles of their own.
 */
public final class Messages {
    private static final String STUDENT = "org.aibasis.reports.messages.student";
    private static final String CLASS = "org.aibasis.reports.messages.class";
    private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();

    private final Language language;
    private final String bundle;
    private final Map<String, String> texts;

    private Messages(Language language, String bundle, ResourceBundle resources) {
        this.language = language;
        this.bundle = bundle;
        Map<String, String> t = new HashMap<>();
        resources.keySet().forEach(k -> t.put(k, resources.getString(k)));
        this.texts = Map.copyOf(t);
    }

    /**
     * The wording of the bundle {@code bundle} (a base name such as {@code org.aibasis.grader.cli.messages.batch})
     * in {@code language}.
     *
     * @throws java.util.MissingResourceException when there is no such bundle
     */
    public static Messages of(String bundle, Language language) {
        return LOADED.computeIfAbsent(bundle + "_" + language.code(), k -> new Messages(language, bundle,
                ResourceBundle.getBundle(bundle, language == Language.ZH ? Locale.CHINESE : Locale.ROOT,
                        Messages.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    /** The wording of a student's grading report in {@code language}. */
    static Messages student(Language language) {
        return of(STUDENT, language);
    }

    /** The wording of the class report in {@code language}. */
    static Messages classReport(Language language) {
        return of(CLASS, language);
    }

    /** English wording of a student's report. */
    static Messages english() {
        return student(Language.EN);
    }

    /** The language of this wording. */
    public Language language() {
        return language;
    }

    /** Whether the wording is Chinese, where a text written in both languages shows its Chinese version. */
    boolean chinese() {
        return language == Language.ZH;
    }

    /** {@code zh} in Chinese wording when it is not blank, else {@code en}: a text written in both languages. */
    String choose(String en, String zh) {
        return chinese() && !zh.isBlank() ? zh : en;
    }

    /**
     * The text of {@code key} with {@code args} filled in by {@link String#format} ({@code %s}; {@code %%} is a
     * percent sign).
     *
     * @throws IllegalStateException when the bundle has no such key: a bug, found by the bundles' tests
     */
    public String get(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalStateException("no text '" + key + "' in " + bundle + " (" + language.code() + ")");
        }
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    /** {@code n} with its noun, e.g. {@code 1 test}, {@code 3 tests}: the key's {@code .one} or {@code .other}. */
    public String count(long n, String noun) {
        return get(key(noun, n), n);
    }

    /** {@code prefix.one} for 1, {@code prefix.other} otherwise. */
    public static String key(String prefix, long n) {
        return prefix + (n == 1 ? ".one" : ".other");
    }

    /** The template labels ({@code label.*}) by their short name, for {@code ${msg.why}}; {@code lang} the code. */
    Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith("label.")) {
                labels.put(k.substring("label.".length()), v);
            }
        });
        labels.put("lang", language.code());
        return labels;
    }
}
