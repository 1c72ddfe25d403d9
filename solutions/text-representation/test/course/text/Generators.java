package course.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aibasis.grader.testkit.CourseArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for the hidden properties: texts with known words and separators, and small corpora. */
final class Generators {

    /** Words of letters and digits only, with accents, digits and a non-Latin script. */
    static final List<String> WORDS = List.of("cat", "dog", "sat", "the", "mat", "ran", "café", "naïve", "42",
            "x1", "ünïcode", "中文");

    /** What may stand between words: anything that is not a letter or a digit. */
    static final List<String> SEPARATORS = List.of(" ", ", ", ". ", "! ", "'", "-", "\n", "\t", " (", ") ", "...",
            "  ", "?", "/");

    private Generators() {
    }

    /** A text made of words (in some letter case) and separators, and the words it was made of. */
    record Text(List<String> words, String text) {
        @Override
        public String toString() {
            return "\"" + text.replace("\n", "\\n").replace("\t", "\\t") + "\"";
        }
    }

    /** A list of documents. */
    record Corpus(List<String> documents) {
        @Override
        public String toString() {
            return documents.stream().map(d -> "\"" + d + "\"").toList().toString();
        }
    }

    /** 0..6 words in lower, upper or capitalised case, with separators between and maybe around them. */
    static Arbitrary<Text> texts() {
        Arbitrary<String> word = Combinators.combine(Arbitraries.of(WORDS), Arbitraries.integers().between(0, 2))
                .as(Generators::inCase);
        return Combinators.combine(word.list().ofMaxSize(6), Arbitraries.of(SEPARATORS).list().ofSize(7),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((words, seps, lead, trail) -> {
                    StringBuilder sb = new StringBuilder(lead ? seps.get(6) : "");
                    for (int i = 0; i < words.size(); i++) {
                        sb.append(i == 0 ? "" : seps.get(i - 1)).append(words.get(i));
                    }
                    if (trail && !words.isEmpty()) {
                        sb.append(seps.get(5));
                    }
                    return new Text(words, sb.toString());
                });
    }

    /** Space-separated lower-case documents of 0..6 words from the first {@code pool} words. */
    static Arbitrary<String> documents(int pool) {
        return Arbitraries.of(WORDS.subList(0, pool)).list().ofMaxSize(6).map(w -> String.join(" ", w));
    }

    /**
     * Corpora of 1..4 documents over the six plain lower-case words (so documents share words and df varies, and
     * a tokenizer mistake with punctuation, case or accents does not show here).
     */
    static Arbitrary<Corpus> corpora() {
        return CourseArbitraries.smallInts(1, 4).flatMap(n -> documents(6).list().ofSize(n))
                .map(docs -> new Corpus(new ArrayList<>(docs)));
    }

    private static String inCase(String w, int style) {
        return switch (style) {
            case 0 -> w;
            case 1 -> w.toUpperCase(Locale.ROOT);
            default -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
        };
    }
}
