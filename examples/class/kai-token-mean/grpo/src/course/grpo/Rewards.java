package course.grpo;

import java.math.BigDecimal;

/** Kai's rewards. */
public final class Rewards {

    private Rewards() {
    }

    private static int occurrences(String s, String tag) {
        return (s.length() - s.replace(tag, "").length()) / tag.length();
    }

    public static double formatReward(String completion) {
        String s = completion.strip();
        if (occurrences(s, "<think>") != 1 || occurrences(s, "</think>") != 1 || occurrences(s, "<answer>") != 1
                || occurrences(s, "</answer>") != 1) {
            return 0;
        }
        if (!s.startsWith("<think>") || !s.endsWith("</answer>")) {
            return 0;
        }
        int a = s.indexOf("</think>");
        int b = s.indexOf("<answer>");
        if (b < a) {
            return 0;
        }
        boolean ok = !s.substring(7, a).isBlank() && s.substring(a + 8, b).isBlank()
                && !s.substring(b + 8, s.length() - 9).isBlank();
        return ok ? 1 : 0;
    }

    public static double accuracyReward(String completion, String reference) {
        if (reference.isBlank()) {
            throw new IllegalArgumentException("blank reference");
        }
        if (occurrences(completion, "<answer>") != 1 || occurrences(completion, "</answer>") != 1) {
            return 0;
        }
        int from = completion.indexOf("<answer>") + 8;
        int to = completion.indexOf("</answer>");
        if (to < from) {
            return 0;
        }
        String got = completion.substring(from, to).strip();
        String want = reference.strip();
        try {
            return new BigDecimal(got).compareTo(new BigDecimal(want)) == 0 ? 1 : 0;
        } catch (NumberFormatException notNumbers) {
            return got.equals(want) ? 1 : 0;
        }
    }
}
