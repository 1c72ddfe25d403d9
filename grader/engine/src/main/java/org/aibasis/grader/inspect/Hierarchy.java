package org.aibasis.grader.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.objectweb.asm.ClassReader;

/**
 * The supertypes of a class, nearest first: for the submission's classes read from their bytecode, for the
 * JDK's looked up (never initialised) in the platform class loader, so that a member the policy denies on a
 * supertype is found whatever subtype the code calls it through.
 */
final class Hierarchy implements Function<String, List<String>> {
    private static final Map<String, List<String>> JDK = new ConcurrentHashMap<>();

    private final Map<String, List<String>> direct = new HashMap<>();

    /** @param classes the submission's classes by binary name */
    Hierarchy(Map<String, byte[]> classes) {
        classes.forEach((name, bytes) -> {
            ClassReader r = new ClassReader(bytes);
            List<String> up = new ArrayList<>();
            if (r.getSuperName() != null) {
                up.add(r.getSuperName());
            }
            up.addAll(List.of(r.getInterfaces()));
            direct.put(name.replace('.', '/'), up);
        });
    }

    @Override
    public List<String> apply(String internalName) {
        Set<String> all = new LinkedHashSet<>();
        collect(internalName, all);
        all.remove(internalName);
        return List.copyOf(all);
    }

    private void collect(String name, Set<String> into) {
        if (!into.add(name)) {
            return;
        }
        for (String up : direct.containsKey(name) ? direct.get(name) : jdkSupertypes(name)) {
            collect(up, into);
        }
    }

    private static List<String> jdkSupertypes(String internalName) {
        return JDK.computeIfAbsent(internalName, n -> jdkClass(n).map(c -> {
            List<String> up = new ArrayList<>();
            if (c.getSuperclass() != null) {
                up.add(c.getSuperclass().getName().replace('.', '/'));
            }
            for (Class<?> i : c.getInterfaces()) {
                up.add(i.getName().replace('.', '/'));
            }
            return List.copyOf(up);
        }).orElse(List.of()));
    }

    /** A class of the JDK, loaded but not initialised, or empty when there is none of that name. */
    static Optional<Class<?>> jdkClass(String internalName) {
        try {
            return Optional.of(Class.forName(internalName.replace('/', '.'), false,
                    ClassLoader.getPlatformClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
