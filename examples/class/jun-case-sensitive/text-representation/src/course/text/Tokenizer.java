package course.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Jun forgot to lower-case: "The" and "the" are different words in his vocabulary. */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        String word = "";
        for (char ch : (text + " ").toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                word += ch;
            } else if (!word.isEmpty()) {
                tokens.add(word);
                word = "";
            }
        }
        return tokens;
    }

    public static Vocabulary vocabulary(List<String> documents) {
        TreeSet<String> all = new TreeSet<>();
        for (String doc : documents) {
            all.addAll(tokenize(doc));
        }
        return Vocabulary.of(List.copyOf(all));
    }
}
