package course.grpo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Independent test-side GRPO computations, with switches for the usual mistakes. */
final class GrpoOracle {

    /** What usually makes a reward test run out of time. */
    static final String TAG_LOOP = "The reward did not finish: a loop that looks for the next tag with indexOf(tag, "
            + "from) must start after the tag it just found (from = at + 1), or it finds the same tag forever.";
    static final String TAG_LOOP_ZH = "奖励函数没有结束：用 indexOf(tag, from) 查找下一个标签的循环必须从刚找到的标签之后开始"
            + "（from = at + 1），否则会一直找到同一个标签。";

    private GrpoOracle() {
    }

    /** (r - mean) / std with the standard deviation divided by {@code G - ddof}; zeros when all rewards are equal. */
    static double[] advantages(double[] r, int ddof) {
        double mean = 0;
        for (double x : r) {
            mean += x / r.length;
        }
        double var = 0;
        for (double x : r) {
            var += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(var / (r.length - ddof));
        double[] a = new double[r.length];
        boolean equal = true;
        for (double x : r) {
            equal &= x == r[0];
        }
        for (int i = 0; i < a.length && !equal; i++) {
            a[i] = (r[i] - mean) / std;
        }
        return a;
    }

    static double clip(double rho, double eps) {
        return rho < 1 - eps ? 1 - eps : rho > 1 + eps ? 1 + eps : rho;
    }

    static double clipped(double rho, double a, double eps) {
        double unclipped = rho * a;
        double bounded = clip(rho, eps) * a;
        return unclipped < bounded ? unclipped : bounded;
    }

    /** e^x - x - 1 without cancellation: a series for small |x|. */
    static double kl(double logPolicy, double logReference) {
        double x = logReference - logPolicy;
        if (Math.abs(x) < 1e-3) {
            return x * x / 2 + x * x * x / 6 + x * x * x * x / 24 + x * x * x * x * x / 120;
        }
        return Math.exp(x) - x - 1;
    }

    /** How the group objective is averaged and penalised. */
    enum Averaging {
        /** (1/G) sum_i (1/|o_i|) sum_t: DeepSeekMath. */
        PER_SEQUENCE,
        /** (1 / sum_i |o_i|) sum_i sum_t: the token-level mean of later work (DAPO). */
        OVER_ALL_TOKENS
    }

    static double objective(List<SampledOutput> group, double[] adv, double eps, double beta, Averaging averaging,
                            double klSign) {
        double total = 0;
        int tokens = 0;
        for (int i = 0; i < group.size(); i++) {
            SampledOutput o = group.get(i);
            double seq = 0;
            for (int t = 0; t < o.length(); t++) {
                double rho = Math.exp(o.newLogProbs()[t] - o.oldLogProbs()[t]);
                seq += clipped(rho, adv[i], eps) - klSign * beta * kl(o.newLogProbs()[t], o.refLogProbs()[t]);
            }
            tokens += o.length();
            total += averaging == Averaging.PER_SEQUENCE ? seq / o.length() / group.size() : seq;
        }
        return averaging == Averaging.PER_SEQUENCE ? total : total / tokens;
    }

    private static final Pattern TEMPLATE = Pattern.compile("\\s*<think>(.*)</think>\\s*<answer>(.*)</answer>\\s*",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?(think|answer)>");

    /** The format rule by a regular expression and a tag count. */
    static double format(String s) {
        Matcher m = TEMPLATE.matcher(s);
        if (!m.matches() || m.group(1).isBlank() || m.group(2).isBlank()) {
            return 0;
        }
        Matcher tags = TAG.matcher(s);
        int n = 0;
        while (tags.find()) {
            n++;
        }
        return n == 4 ? 1 : 0;
    }
}
