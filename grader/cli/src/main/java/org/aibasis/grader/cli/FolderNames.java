package org.aibasis.grader.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folder names for submissions and students: readable (letters of every script are kept), safe on the common file
 * systems, unique, and reversible to the name they stand for.
 *
 * <p>A character that some file system refuses or that means something to a shell ({@code / \ : * ? " < > |}),
 * a control or formatting character, {@code %} and {@code ~} are written as {@code %XX} (the UTF-8 bytes), as is a
 * leading {@code .} or {@code -}, a leading or trailing space, a trailing {@code .}, and the first letter of a
 * name Windows reserves ({@code CON}, {@code NUL}, {@code COM1}, ...). Two names that would share a folder on a
 * file system that ignores case or Unicode normalization ({@code Carol}, {@code carol}) get {@code ~2}, {@code ~3}
 * ... after the second; since {@code ~} is always escaped in a name, {@link #decode} can tell the suffix apart. A
 * name longer than {@link #MAX_BYTES} UTF-8 bytes is cut, so its folder is unique but no longer reversible: the
 * gradebook's {@code folder} column maps every folder to its submission.
 */
final class FolderNames {
    /** File systems allow 255 bytes per name; this leaves room for a suffix. */
    static final int MAX_BYTES = 200;
    private static final String UNSAFE = "/\\:*?\"<>|%~";
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final Pattern SUFFIX = Pattern.compile("~[0-9]+$");

    private FolderNames() {
    }

    /**
     * Unique folders for {@code names}, in order; {@code taken} are names the output folder already uses for other
     * files (compared as the file system would).
     */
    static List<String> assign(List<String> names, Set<String> taken) {
        Allocator allocator = new Allocator(taken);
        List<String> folders = new ArrayList<>();
        for (String name : names) {
            folders.add(allocator.next(name));
        }
        return folders;
    }

    /** Hands out unique folders one name at a time, as {@link #assign} does for a whole list. */
    static final class Allocator {
        private final Set<String> used = new HashSet<>();

        Allocator(Set<String> taken) {
            taken.forEach(t -> used.add(key(t)));
        }

        String next(String name) {
            String base = encode(name);
            String folder = base;
            for (int i = 2; !used.add(key(folder)); i++) {
                folder = base + "~" + i;
            }
            return folder;
        }
    }

    /** How a file system that ignores case and normalization sees a name. */
    static String key(String folder) {
        return Normalizer.normalize(folder, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The name as a folder name (without a uniqueness suffix). */
    static String encode(String name) {
        if (name.isEmpty()) {
            return "%";
        }
        StringBuilder out = new StringBuilder();
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean edge = (i == 0 && (c == '.' || c == '-' || c == ' ' || RESERVED.matcher(name).matches()))
                    || (i == cps.length - 1 && (c == '.' || c == ' '));
            if (edge || UNSAFE.indexOf(c) >= 0 || unsafeType(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(c);
            }
        }
        return cut(out.toString());
    }

    /** The name a folder stands for: the suffix dropped and every {@code %XX} decoded. */
    static String decode(String folder) {
        String s = SUFFIX.matcher(folder).replaceFirst("");
        if (s.equals("%")) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
                continue;
            }
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
            out.append(c);
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    private static boolean unsafeType(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    private static String cut(String folder) {
        if (folder.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return folder;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int c : folder.codePoints().toArray()) {
            int n = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_BYTES) {
                break;
            }
            out.appendCodePoint(c);
            bytes += n;
        }
        // do not end inside a %XX escape
        int percent = out.lastIndexOf("%");
        if (percent >= 0 && percent > out.length() - 3) {
            out.setLength(percent);
        }
        return out.toString();
    }
}
