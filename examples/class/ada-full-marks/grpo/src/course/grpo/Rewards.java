package course.grpo;

import java.math.BigDecimal;

/** Ada's rewards: a small scanner over the four tags. */
public final class Rewards {

    private Rewards() {
    }

    public static double formatReward(String completion) {
        String s = completion.strip();
        String[] tags = {"<think>", "</think>", "<answer>", "</answer>"};
        int[] at = new int[4];
        for (int k = 0; k < 4; k++) {
            at[k] = s.indexOf(tags[k]);
            if (at[k] < 0 || s.indexOf(tags[k], at[k] + 1) >= 0) {
                return 0;
            }
        }
        boolean ordered = at[0] == 0 && at[0] < at[1] && at[1] < at[2] && at[2] < at[3]
                && at[3] + tags[3].length() == s.length();
        if (!ordered) {
            return 0;
        }
        String think = s.substring(at[0] + tags[0].length(), at[1]);
        String gap = s.substring(at[1] + tags[1].length(), at[2]);
        String answer = s.substring(at[2] + tags[2].length(), at[3]);
        return think.isBlank() || !gap.isBlank() || answer.isBlank() ? 0 : 1;
    }

    public static double accuracyReward(String completion, String reference) {
        if (reference.strip().isEmpty()) {
            throw new IllegalArgumentException("blank reference");
        }
        int open = completion.indexOf("<answer>");
        int close = completion.indexOf("</answer>");
        if (open < 0 || close < open || completion.indexOf("<answer>", open + 1) >= 0
                || completion.indexOf("</answer>", close + 1) >= 0) {
            return 0;
        }
        String got = completion.substring(open + "<answer>".length(), close).strip();
        String want = reference.strip();
        if (isNumber(got) && isNumber(want)) {
            return new BigDecimal(got).compareTo(new BigDecimal(want)) == 0 ? 1 : 0;
        }
        return got.equals(want) ? 1 : 0;
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
