package org.aibasis.grader.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aibasis.grader.model.Diagnostic;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compares the student's classes with the skeleton's: every class and every non-private method or
 * constructor the student was given must still exist with the same signature.
 *
 * <p>The oracle is the skeleton itself (the contract the student received), so exercises declare nothing twice. A mismatch is reported
 * as a note, not a rejection: hidden tests that do not touch the member still run and earn their points.
 */
public final class Structure {
    private Structure() {
    }

    /** One expected member: {@code key} is name + descriptor. */
    private record Member(String name, String descriptor) {
    }

    /**
     * @param reference  the skeleton's classes compiled from the edited files, by binary name
     * @param student    the student's classes, by binary name
     * @param fileOf     binary name to the file (as the student knows it) the class is expected in
     */
    public static List<Diagnostic> compare(Map<String, byte[]> reference, Map<String, byte[]> student,
                                           Map<String, String> fileOf) {
        List<Diagnostic> notes = new ArrayList<>();
        reference.keySet().stream().sorted().forEach(name -> {
            String file = fileOf.getOrDefault(name, "");
            Map<String, Member> expected = members(reference.get(name));
            if (isSynthetic(reference.get(name))) {
                return;
            }
            byte[] theirs = student.get(name);
            if (theirs == null) {
                notes.add(new Diagnostic(file, 0, 0, "expected class `" + Signatures.simpleName(name)
                        + "` in " + file + "; it is missing, so the tests that use it cannot pass", ""));
                return;
            }
            Map<String, Member> found = members(theirs);
            for (Member m : expected.values()) {
                String key = m.name() + m.descriptor();
                if (found.containsKey(key)) {
                    continue;
                }
                String want = Signatures.method(name, m.name(), m.descriptor());
                notes.add(new Diagnostic(file, 0, 0, "expected `" + want + "` in `" + Signatures.simpleName(name)
                        + "`; " + describeNearest(m, found.values()), ""));
            }
        });
        return notes;
    }

    private static String describeNearest(Member wanted, java.util.Collection<Member> found) {
        List<Member> sameName = found.stream().filter(f -> f.name().equals(wanted.name())).toList();
        if (!sameName.isEmpty()) {
            return "found " + String.join(", ", sameName.stream()
                    .map(f -> "`" + Signatures.call(f.name(), f.descriptor()) + "`").toList());
        }
        Optional<Member> sameParameters = found.stream()
                .filter(f -> !f.name().startsWith("<") && !f.name().startsWith("lambda$")
                        && f.descriptor().equals(wanted.descriptor()))
                .findFirst();
        if (sameParameters.isPresent()) {
            return "found `" + Signatures.call(sameParameters.get().name(), sameParameters.get().descriptor())
                    + "` with the same parameters: was it renamed?";
        }
        Optional<Member> close = found.stream()
                .filter(f -> !f.name().startsWith("<") && !f.name().startsWith("lambda$"))
                .min(Comparator.comparingInt(f -> editDistance(f.name(), wanted.name())))
                .filter(f -> editDistance(f.name(), wanted.name()) <= Math.max(2, wanted.name().length() / 3));
        return close.map(f -> "found `" + Signatures.call(f.name(), f.descriptor()) + "`: a typo in the name?")
                .orElse("no method of that name was found");
    }

    private static boolean isSynthetic(byte[] bytes) {
        return (new ClassReader(bytes).getAccess() & Opcodes.ACC_SYNTHETIC) != 0;
    }

    private static Map<String, Member> members(byte[] bytes) {
        Map<String, Member> members = new LinkedHashMap<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                boolean visible = (access & Opcodes.ACC_PRIVATE) == 0 && (access & Opcodes.ACC_SYNTHETIC) == 0
                        && !name.equals("<clinit>") && !name.startsWith("lambda$");
                if (visible) {
                    members.put(name + descriptor, new Member(name, descriptor));
                }
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return members;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (Character.toLowerCase(a.charAt(i - 1))
                        == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
