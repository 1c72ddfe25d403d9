package course.vit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.aibasis.grader.testkit.CourseArbitraries;

import course.linalg.Matrix;
import course.tensor.Image;
import course.tensor.ImageArbitraries;
import course.vit.Generators.EntryCase;
import course.vit.Generators.PatchCase;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PatchesProperties {

    @Provide
    Arbitrary<PatchCase> anyPatchCase() {
        return Generators.patchCases();
    }

    @Provide
    Arbitrary<EntryCase> anyEntry() {
        return Generators.entryCases();
    }

    @Provide
    Arbitrary<Integer> small() {
        return CourseArbitraries.smallInts(1, 12);
    }

    @Property
    @Points(3)
    @Hint(value = "Row n of the patch matrix is patch n in raster order (left to right, then top to bottom); inside "
            + "it, pixel (u, v) of the patch, channel c, is value (u * P + v) * C + c. The image here holds distinct "
            + "numbers, so any value taken from the wrong place shows.",
            zh = "块矩阵的第 n 行是按光栅顺序（从左到右、再从上到下）的第 n 块；块内像素 (u, v) 的通道 c 是第 "
                    + "(u * P + v) * C + c 个值。这里的图像每个数都不同，任何取错位置的值都会暴露。")
    void patchifyFollowsTheStatedOrder(@ForAll("anyPatchCase") PatchCase c) {
        double[][] actual = Patches.patchify(c.image(), c.patchSize()).toArray();
        Optional<String> diff = Approx.difference("patches", actual, Oracle.patches(c.image(), c.patchSize()),
                Oracle.EXACT);
        String problem = diff.map(d -> d + Oracle.diagnosePatches(c.image(), c.patchSize(), actual)).orElse(null);
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "unpatchify must undo patchify exactly: unpatchify(patchify(x)) = x for every image, and "
            + "patchify(unpatchify(M)) = M for every patch matrix of the right shape. Use the same order in both.",
            zh = "unpatchify 必须精确地还原 patchify：对任意图像 unpatchify(patchify(x)) = x，"
                    + "对任意形状正确的块矩阵 patchify(unpatchify(M)) = M。两者要使用同一种顺序。")
    void unpatchifyUndoesPatchify(@ForAll("anyPatchCase") PatchCase c) {
        Image x = c.image();
        int p = c.patchSize();
        Matrix m = Patches.patchify(x, p);
        Image back = Patches.unpatchify(m, x.height(), x.width(), x.channels(), p);
        String problem = back.equals(x) ? null
                : "unpatchify(patchify(x)) is not x:\n  x    = " + x + "\n  back = " + back;
        if (problem == null) {
            // a patch matrix that is not the image's own: the image's values in reverse order
            double[][] flipped = m.toArray();
            for (double[] row : flipped) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = x.height() * x.width() * x.channels() + 1 - row[k];
                }
            }
            Matrix again = Patches.patchify(Patches.unpatchify(Matrix.of(flipped), x.height(), x.width(),
                    x.channels(), p), p);
            problem = again.equals(Matrix.of(flipped)) ? null
                    : "patchify(unpatchify(M)) is not M:\n  M     = " + Matrix.of(flipped) + "\n  again = " + again;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @DependsOn("patchifyFollowsTheStatedOrder")
    @Hint(value = "Patches do not overlap: changing one entry of the image (pixel (row, col), channel ch) changes "
            + "exactly one value of exactly one patch, value ((row % P) * P + col % P) * C + ch of patch "
            + "(row / P) * (W / P) + col / P.",
            zh = "图像块互不重叠：改变图像的一个元素（像素 (row, col) 的通道 ch）只改变一个块中的一个值，"
                    + "即第 (row / P) * (W / P) + col / P 块的第 ((row % P) * P + col % P) * C + ch 个值。")
    void changingOnePixelChangesExactlyOnePatch(@ForAll("anyEntry") EntryCase e) {
        PatchCase c = e.patchCase();
        int p = c.patchSize();
        Image x = c.image();
        Image changed = ImageArbitraries.withEntry(x, e.row(), e.col(), e.ch(), 0);
        List<int[]> diff = Oracle.differingEntries(Patches.patchify(x, p).toArray(),
                Patches.patchify(changed, p).toArray());
        int patch = (e.row() / p) * (x.width() / p) + e.col() / p;
        int value = ((e.row() % p) * p + e.col() % p) * x.channels() + e.ch();
        String problem = null;
        if (diff.size() != 1 || diff.get(0)[0] != patch || diff.get(0)[1] != value) {
            problem = "setting pixel (" + e.row() + ", " + e.col() + "), channel " + e.ch() + " to 0 changed "
                    + describe(diff) + " of the patch matrix; expected exactly patch " + patch + ", value " + value;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    @Property
    @Points(2)
    @Hint(value = "An H x W image has (H / P)(W / P) patches when P divides both H and W, and none otherwise: "
            + "patchCount must then throw IllegalArgumentException (not round down), and patchify must return "
            + "(H / P)(W / P) rows of P * P * C values.",
            zh = "当 P 同时整除 H 和 W 时，H x W 的图像有 (H / P)(W / P) 个块，否则不存在分块：此时 patchCount "
                    + "必须抛出 IllegalArgumentException（而不是向下取整），patchify 必须返回 (H / P)(W / P) 行、"
                    + "每行 P * P * C 个值。")
    void patchCountIsTheGridSizeOrRejected(@ForAll("small") int height, @ForAll("small") int width,
            @ForAll("small") int patchSize) {
        boolean divides = height % patchSize == 0 && width % patchSize == 0;
        String problem;
        try {
            int n = Patches.patchCount(height, width, patchSize);
            int expected = (height / patchSize) * (width / patchSize);
            problem = !divides ? "patchCount(" + height + ", " + width + ", " + patchSize + ") returned " + n
                    + " but P does not divide both sides: expected IllegalArgumentException"
                    : n != expected ? "patchCount(" + height + ", " + width + ", " + patchSize + ") is " + n
                    + " but should be " + expected : shapeProblem(height, width, patchSize, expected);
        } catch (IllegalArgumentException ex) {
            problem = divides ? "patchCount(" + height + ", " + width + ", " + patchSize + ") threw " + ex
                    + " but P divides both sides" : null;
        }
        assertThat(problem).withFailMessage("%s", problem).isNull();
    }

    private static String shapeProblem(int height, int width, int patchSize, int count) {
        Matrix m = Patches.patchify(ImageArbitraries.counting(height, width, 2), patchSize);
        String expected = count + " x " + (2 * patchSize * patchSize);
        return m.shape().equals(expected) ? null : "patchify of a " + height + " x " + width + " x 2 image with P = "
                + patchSize + " is " + m.shape() + " but should be " + expected;
    }

    private static String describe(List<int[]> entries) {
        if (entries.isEmpty()) {
            return "nothing";
        }
        StringBuilder sb = new StringBuilder(entries.size() == 1 ? "" : entries.size() + " entries: ");
        for (int i = 0; i < Math.min(entries.size(), 6); i++) {
            sb.append(i == 0 ? "" : ", ").append("patch ").append(entries.get(i)[0]).append(" value ")
                    .append(entries.get(i)[1]);
        }
        return sb.append(entries.size() > 6 ? ", ..." : "").toString();
    }
}
