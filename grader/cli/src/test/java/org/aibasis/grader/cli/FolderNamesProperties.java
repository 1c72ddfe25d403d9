package org.aibasis.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Folder names are safe, unique as a case-insensitive file system sees them, and decode to their names. */
class FolderNamesProperties {

    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> awkward = Arbitraries.of('/', '\\', ':', '*', '?', '"', '<', '>', '|', '%', '~', '.',
                ' ', '-', '\u0000', '\n', '\u202e', '\u200b', 'Ü', 'ü', '张', '三', 'a', 'A', '1', '_');
        return Arbitraries.oneOf(awkward.list().ofMinSize(1).ofMaxSize(12).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        }), Arbitraries.of("CON", "nul.txt", "com1", ".", "..", ".git", "-rf", "a.", "a ", "Dave Ü"));
    }

    @Provide
    Arbitrary<List<String>> classes() {
        return names().list().ofMaxSize(30);
    }

    @Property(seed = "6006001", tries = 500)
    void aFolderDecodesToItsNameAndHoldsNothingUnsafe(@ForAll("names") String name) {
        String folder = FolderNames.encode(name);
        assertThat(FolderNames.decode(folder)).isEqualTo(name);
        assertThat(folder).doesNotContainPattern("[/\\\\:*?\"<>|~\\p{Cntrl}\u202e\u200b]")
                .doesNotStartWith(".").doesNotStartWith("-").doesNotEndWith(".").doesNotEndWith(" ");
        assertThat(folder.toUpperCase(java.util.Locale.ROOT)).doesNotMatch("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
        assertThat(Path.of(folder).getNameCount()).isEqualTo(1);
    }

    @Property(seed = "6006002", tries = 200)
    void assignedFoldersAreUniqueAsACaseInsensitiveDiskSeesThem(@ForAll("classes") List<String> names) {
        List<String> folders = FolderNames.assign(names, Set.of("gradebook.csv"));
        Set<String> keys = new HashSet<>();
        folders.forEach(f -> assertThat(keys.add(FolderNames.key(f))).as(f).isTrue());
        assertThat(keys).doesNotContain("gradebook.csv");
        for (int i = 0; i < names.size(); i++) {
            assertThat(FolderNames.decode(folders.get(i))).isEqualTo(names.get(i));
        }
    }

    @Example
    void nonAsciiNamesAreKeptAndOnlyUnsafeCharactersEscaped() {
        assertThat(FolderNames.encode("张三")).isEqualTo("张三");
        assertThat(FolderNames.encode("Dave Ü")).isEqualTo("Dave Ü");
        assertThat(FolderNames.encode("a/b")).isEqualTo("a%2Fb");
        assertThat(FolderNames.assign(List.of("Carol", "carol", "carol"), Set.of())).containsExactly("Carol",
                "carol~2", "carol~3");
    }

    @Example
    void aVeryLongNameIsCutToTheLimit() {
        String folder = FolderNames.encode("名".repeat(200));
        assertThat(folder.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FolderNames.MAX_BYTES);
        assertThat(FolderNames.encode("%".repeat(100))).doesNotEndWith("%").doesNotEndWith("%2");
    }
}
