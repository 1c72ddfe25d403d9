package course.vit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;

import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.testkit.Approx;
import org.junit.jupiter.api.Test;

import course.linalg.Matrix;
import course.tensor.Image;
import course.tensor.ImageArbitraries;

class PatchesTests {

    @Test
    @Points(3)
    @Hint(value = "Patches are numbered in raster order (left to right, then top to bottom) and each patch lists its "
            + "pixels row by row, the C channels of one pixel next to each other: value (u * P + v) * C + c. A 4 x 4 "
            + "image of the numbers 1..16 in 2 x 2 patches gives [1, 2, 5, 6], [3, 4, 7, 8], [9, 10, 13, 14], "
            + "[11, 12, 15, 16].",
            zh = "图像块按光栅顺序编号（从左到右，再从上到下），每个块内按行列出像素，同一像素的 C 个通道相邻："
                    + "第 (u * P + v) * C + c 个值。由 1..16 组成的 4 x 4 图像切成 2 x 2 的块，得到 [1, 2, 5, 6]、"
                    + "[3, 4, 7, 8]、[9, 10, 13, 14]、[11, 12, 15, 16]。")
    void patchOrderOnSmallImages() {
        expectPatches(ImageArbitraries.counting(4, 4, 1), 2, new double[][] {
            {1, 2, 5, 6}, {3, 4, 7, 8}, {9, 10, 13, 14}, {11, 12, 15, 16}});
        // two channels: pixel (0, 0) is [1, 2], (0, 1) is [3, 4], (1, 0) is [5, 6], (1, 1) is [7, 8]
        expectPatches(ImageArbitraries.counting(2, 2, 2), 2, new double[][] {{1, 2, 3, 4, 5, 6, 7, 8}});
        expectPatches(ImageArbitraries.counting(2, 4, 1), 2, new double[][] {{1, 2, 5, 6}, {3, 4, 7, 8}});
        expectPatches(ImageArbitraries.counting(4, 2, 1), 2, new double[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});
        expectPatches(ImageArbitraries.counting(2, 2, 3), 1, new double[][] {
            {1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}});
    }

    @Test
    @Points(2)
    @Hint(value = "ViT-Base on a 224 x 224 RGB image with P = 16: (224 / 16)^2 = 14 x 14 = 196 patches of "
            + "16 * 16 * 3 = 768 values. Patch 1 starts at pixel (0, 16), patch 14 at pixel (16, 0).",
            zh = "ViT-Base 处理 224 x 224 的 RGB 图像、P = 16：(224 / 16)^2 = 14 x 14 = 196 个块，每块 "
                    + "16 * 16 * 3 = 768 个值。第 1 块从像素 (0, 16) 开始，第 14 块从像素 (16, 0) 开始。")
    void vitBaseImageGives196PatchesOf768() {
        assertThat(Patches.patchCount(224, 224, 16)).as("patchCount(224, 224, 16)").isEqualTo(196);
        // entry (row, col, ch) holds its own row-major index, so every value says where it came from
        Image image = ImageArbitraries.counting(224, 224, 3);
        Matrix patches = Patches.patchify(image, 16);
        assertThat(patches.shape()).as("patchify of a 224 x 224 x 3 image with P = 16").isEqualTo("196 x 768");
        int[][] spots = {{0, 0}, {0, 2}, {0, 3}, {0, 48}, {1, 0}, {14, 0}, {15, 50}, {195, 767}};
        for (int[] s : spots) {
            int n = s[0];
            int k = s[1];
            int row = (n / 14) * 16 + (k / 3) / 16;
            int col = (n % 14) * 16 + (k / 3) % 16;
            double expected = (row * 224 + col) * 3 + k % 3 + 1;
            assertThat(patches.get(n, k)).withFailMessage("patch %d, value %d should be pixel (%d, %d) channel %d, "
                    + "which holds %s, but it is %s", n, k, row, col, k % 3, expected, patches.get(n, k))
                    .isEqualTo(expected);
        }
    }

    @Test
    @Points(2)
    @Hint(value = "An image whose height or width P does not divide has no exact grid of P x P patches: throw "
            + "IllegalArgumentException instead of silently cropping (integer division) or padding. P, H and W must "
            + "be at least 1.",
            zh = "如果 P 不能整除图像的高或宽，就不存在恰好的 P x P 块网格：应抛出 IllegalArgumentException，"
                    + "而不是悄悄裁掉（整数除法）或补齐。P、H、W 都必须至少为 1。")
    void rejectsSizesThePatchSizeDoesNotDivide() {
        int[][] bad = {{224, 224, 15}, {6, 4, 4}, {4, 6, 4}, {5, 5, 2}, {4, 4, 0}, {4, 4, -2}, {0, 4, 2}, {4, 0, 2}};
        for (int[] b : bad) {
            assertThatIllegalArgumentException()
                    .as("patchCount(H = %d, W = %d, P = %d) should throw IllegalArgumentException", b[0], b[1], b[2])
                    .isThrownBy(() -> Patches.patchCount(b[0], b[1], b[2]));
        }
        Image image = ImageArbitraries.counting(6, 4, 1);
        for (int p : new int[] {4, 3, 0}) {
            assertThatIllegalArgumentException()
                    .as("patchify of a 6 x 4 image with P = %d should throw IllegalArgumentException", p)
                    .isThrownBy(() -> Patches.patchify(image, p));
        }
    }

    @Test
    @Points(1)
    @Hint(value = "unpatchify puts value (u * P + v) * C + c of patch n back at pixel (top + u, left + v), channel c, "
            + "where patch n has its top-left corner at row (n / (W / P)) * P, column (n % (W / P)) * P.",
            zh = "unpatchify 把第 n 块的第 (u * P + v) * C + c 个值放回像素 (top + u, left + v) 的通道 c，"
                    + "其中第 n 块的左上角在第 (n / (W / P)) * P 行、第 (n % (W / P)) * P 列。")
    void unpatchifyOnKnownPatches() {
        Matrix patches = Matrix.of(new double[][] {{1, 2, 5, 6}, {3, 4, 7, 8}, {9, 10, 13, 14}, {11, 12, 15, 16}});
        assertThat(Patches.unpatchify(patches, 4, 4, 1, 2)).as("unpatchify of the 2 x 2 patches of 1..16")
                .isEqualTo(ImageArbitraries.counting(4, 4, 1));
        Matrix twoChannels = Matrix.of(new double[][] {{1, 2, 3, 4, 5, 6, 7, 8}});
        assertThat(Patches.unpatchify(twoChannels, 2, 2, 2, 2)).as("unpatchify of one 2 x 2 x 2 patch")
                .isEqualTo(ImageArbitraries.counting(2, 2, 2));
    }

    @Test
    @Points(1)
    @Hint(value = "unpatchify needs a patch matrix of exactly N = (H / P)(W / P) rows and P * P * C columns, sizes of "
            + "at least 1 and a P that divides H and W; throw IllegalArgumentException otherwise.",
            zh = "unpatchify 需要恰好 N = (H / P)(W / P) 行、P * P * C 列的块矩阵，尺寸至少为 1，且 P 整除 H 和 W；"
                    + "否则抛出 IllegalArgumentException。")
    void unpatchifyRejectsWrongShapes() {
        Matrix fourByFour = Matrix.zeros(4, 4);
        int[][] bad = {{4, 4, 2, 2}, {2, 4, 1, 2}, {4, 4, 1, 3}, {4, 4, 1, 1}, {4, 4, 0, 2}, {8, 8, 1, 2},
            {0, 4, 1, 2}, {4, 0, 1, 2}, {4, 4, 1, 0}};
        for (int[] b : bad) {
            assertThatIllegalArgumentException()
                    .as("unpatchify of a 4 x 4 matrix into H = %d, W = %d, C = %d with P = %d should throw "
                            + "IllegalArgumentException", b[0], b[1], b[2], b[3])
                    .isThrownBy(() -> Patches.unpatchify(fourByFour, b[0], b[1], b[2], b[3]));
        }
    }

    private static void expectPatches(Image image, int p, double[][] expected) {
        double[][] actual = Patches.patchify(image, p).toArray();
        Optional<String> diff = Approx.difference("patches", actual, expected, Oracle.EXACT);
        assertThat(diff).withFailMessage("patchify of the %s image of the numbers 1..%d (row by row, channels last) "
                        + "with P = %d: %s%s", image.shape(), image.height() * image.width() * image.channels(), p,
                diff.orElse(""), Oracle.diagnosePatches(image, p, actual)).isEmpty();
    }
}
