package org.aibasis.grader.inspect;

import java.util.List;

/**
 * What student code may call. The default denies whole domains (threads, reflection, I/O, processes, native
 * code); the rules are data so that one exercise can widen them.
 *
 * @param deniedPrefixes classes that may not be used at all: a package when it ends in {@code /}, else one class
 *                       (with its nested classes)
 * @param deniedMembers  {@code owner.name} of single methods or fields that may not be used
 * @param allowed        internal-name prefixes that are allowed even though a denied prefix matches
 */
public record Policy(List<String> deniedPrefixes, List<String> deniedMembers, List<String> allowed) {
    public Policy {
        deniedPrefixes = List.copyOf(deniedPrefixes);
        deniedMembers = List.copyOf(deniedMembers);
        allowed = List.copyOf(allowed);
    }

    /** The course default, as listed in exercises/README.md. */
    public static Policy standard() {
        return new Policy(
                List.of("java/lang/reflect/", "java/lang/invoke/", "java/lang/Thread", "java/lang/ThreadGroup",
                        "java/lang/ProcessBuilder", "java/lang/Process", "java/lang/ProcessHandle", "java/lang/Runtime",
                        "java/lang/ClassLoader", "java/lang/ModuleLayer", "java/lang/Module", "java/lang/foreign/",
                        "java/lang/management/", "java/lang/instrument/", "java/lang/ref/",
                        "java/io/File", "java/io/FileInputStream", "java/io/FileOutputStream",
                        "java/io/FileReader", "java/io/FileWriter", "java/io/FileDescriptor", "java/io/RandomAccessFile", "java/io/ObjectInputStream",
                        "java/io/ObjectOutputStream", "java/io/Console", "java/nio/file/", "java/nio/channels/",
                        "java/net/", "java/rmi/", "java/sql/", "java/security/", "javax/", "sun/", "jdk/",
                        "com/sun/", "java/util/concurrent/Executor", "java/util/concurrent/Executors",
                        "java/util/concurrent/ExecutorService", "java/util/concurrent/ForkJoinPool",
                        "java/util/concurrent/ForkJoinTask", "java/util/concurrent/ForkJoinWorkerThread",
                        "java/util/concurrent/ThreadPoolExecutor", "java/util/concurrent/CompletableFuture",
                        "java/util/concurrent/ScheduledThreadPoolExecutor", "java/util/Timer",
                        "java/util/logging/", "java/util/prefs/", "java/util/jar/", "java/util/zip/",
                        "java/util/ServiceLoader", "java/awt/", "org/", "com/", "net/"),
                List.of("java/lang/System.exit", "java/lang/System.setOut", "java/lang/System.setErr",
                        "java/lang/System.setIn", "java/lang/System.getenv", "java/lang/System.setProperty",
                        "java/lang/System.getProperty", "java/lang/System.getProperties",
                        "java/lang/System.setProperties", "java/lang/System.clearProperty",
                        "java/lang/System.load", "java/lang/System.loadLibrary", "java/lang/System.console",
                        "java/lang/System.getLogger", "java/lang/System.mapLibraryName",
                        "java/lang/System.in", "java/lang/System.inheritedChannel",
                        "java/lang/Class.forName", "java/lang/Class.getClassLoader",
                        "java/lang/Class.getDeclaredMethods", "java/lang/Class.getDeclaredMethod",
                        "java/lang/Class.getDeclaredFields", "java/lang/Class.getDeclaredField",
                        "java/lang/Class.getDeclaredConstructors", "java/lang/Class.getDeclaredConstructor",
                        "java/lang/Class.getMethods", "java/lang/Class.getMethod", "java/lang/Class.getFields",
                        "java/lang/Class.getField", "java/lang/Class.getConstructors",
                        "java/lang/Class.getConstructor", "java/lang/Class.newInstance",
                        "java/lang/Class.getResource", "java/lang/Class.getResourceAsStream",
                        "java/lang/Class.getModule", "java/lang/Class.getProtectionDomain"),
                // javac's own bootstraps for lambdas, string concatenation, records and pattern switches
                List.of("java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
                        "java/lang/invoke/MethodHandles$Lookup", "java/lang/invoke/MethodHandle",
                        "java/lang/invoke/MethodType", "java/lang/invoke/CallSite",
                        "java/lang/invoke/TypeDescriptor", "java/lang/runtime/",
                        "java/lang/ThreadLocal", "java/util/concurrent/ThreadLocalRandom"));
    }

    /** This policy, also allowing the given classes or packages (dotted names; a package ends in a dot). */
    public Policy allowing(List<String> dotted) {
        List<String> more = new java.util.ArrayList<>(allowed);
        dotted.forEach(d -> more.add(d.replace('.', '/')));
        return new Policy(deniedPrefixes, deniedMembers.stream()
                .filter(m -> dotted.stream().noneMatch(d -> m.replace('/', '.').startsWith(d))).toList(), more);
    }

    /** Why a class may not be used, or empty when it may. */
    public java.util.Optional<String> checkClass(String internalName) {
        String name = internalName.startsWith("[") ? elementName(internalName) : internalName;
        if (name.isEmpty() || allowed.stream().anyMatch(name::startsWith)) {
            return java.util.Optional.empty();
        }
        return deniedPrefixes.stream().filter(p -> matches(p, name)).findFirst()
                .map(p -> describe(name));
    }

    /** Why a member may not be used, or empty when it may. */
    public java.util.Optional<String> checkMember(String owner, String name) {
        if (deniedMembers.contains(owner + "." + name)) {
            return java.util.Optional.of(owner.replace('/', '.') + "." + name);
        }
        return checkClass(owner);
    }

    private static boolean matches(String entry, String name) {
        return entry.endsWith("/") ? name.startsWith(entry) : name.equals(entry) || name.startsWith(entry + "$");
    }

    private static String elementName(String descriptor) {
        String d = descriptor.replaceFirst("^\\[+", "");
        return d.startsWith("L") && d.endsWith(";") ? d.substring(1, d.length() - 1) : "";
    }

    private static String describe(String internalName) {
        return internalName.replace('/', '.');
    }
}
