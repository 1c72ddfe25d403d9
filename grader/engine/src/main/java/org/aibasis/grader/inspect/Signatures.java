package org.aibasis.grader.inspect;

import org.objectweb.asm.Type;

/** Java-source spellings of JVM descriptors, with simple class names, as students write them. */
final class Signatures {
    private Signatures() {
    }

    static String simpleName(String internalOrBinaryName) {
        String n = internalOrBinaryName.replace('/', '.');
        n = n.substring(n.lastIndexOf('.') + 1);
        return n.replace('$', '.');
    }

    static String type(Type t) {
        return switch (t.getSort()) {
            case Type.ARRAY -> type(t.getElementType()) + "[]".repeat(t.getDimensions());
            case Type.OBJECT -> simpleName(t.getClassName());
            default -> t.getClassName();
        };
    }

    /** {@code double[] evaluate(Mdp, Policy, double)}, or {@code Mdp(int, double)} for a constructor. */
    static String method(String owner, String name, String descriptor) {
        Type m = Type.getMethodType(descriptor);
        StringBuilder sb = new StringBuilder();
        if (name.equals("<init>")) {
            sb.append(simpleName(owner));
        } else {
            sb.append(type(m.getReturnType())).append(' ').append(name);
        }
        sb.append('(');
        Type[] args = m.getArgumentTypes();
        for (int i = 0; i < args.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(type(args[i]));
        }
        return sb.append(')').toString();
    }

    /** Parameters only: {@code evaluate(Mdp, Policy)}, how a found method is described. */
    static String call(String name, String descriptor) {
        String full = method("", name, descriptor);
        return full.substring(full.indexOf(' ') + 1);
    }
}
