package org.aibasis.reports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The wording of a student's grading report in one language, from the bundle
 * {@code org/aibasis/reports/messages/student[_zh].properties}: every fixed word the report views, the templates
 * and the terminal summary use, so that a translation is one file.
 */
public final class Messages {
    private static final Map<Language, Messages> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The languages a student report can be written in. */
    public enum Language {
        /** English, the default. */
        EN,
        /** Chinese (simplified). */
        ZH;

        /** {@code en} or {@code zh}, as the command line and HTML's {@code lang} write it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Language language;
    private final Map<String, String> texts;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        Map<String, String> t = new HashMap<>();
        bundle.keySet().forEach(k -> t.put(k, bundle.getString(k)));
        this.texts = Map.copyOf(t);
    }

    /** The wording of {@code language}. */
    public static Messages of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Messages(l, ResourceBundle.getBundle(
                "org.aibasis.reports.messages.student", l == Language.ZH ? Locale.CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    /** English. */
    static Messages english() {
        return of(Language.EN);
    }

    /** Whether the report is in Chinese, where a text written in both languages shows its Chinese version. */
    boolean chinese() {
        return language == Language.ZH;
    }

    /** The text of {@code key} with {@code args} filled in. */
    String get(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalStateException("no text '" + key + "' in the " + language.code() + " report wording");
        }
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    /** {@code n} with its noun, e.g. {@code 1 test}, {@code 3 tests}: the key's {@code .one} or {@code .other}. */
    String count(long n, String noun) {
        return get(key(noun, n), n);
    }

    /** {@code prefix.one} for 1, {@code prefix.other} otherwise. */
    static String key(String prefix, long n) {
        return prefix + (n == 1 ? ".one" : ".other");
    }

    /** The template labels ({@code label.*}) by their short name, for {@code ${msg.why}}. */
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
