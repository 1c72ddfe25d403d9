package org.aibasis.grader.inspect;

import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What student code may use: an allow-list of exact packages and classes, minus exact classes and members
 * inside them that reach files, the network, processes, threads, reflection, class loading, the JVM's global
 * settings or the grader. Everything not allowed is denied; names are compared whole, never as prefixes.
 *
 * <ul>
 * <li>A class is allowed when it, or the class it is nested in, is in {@code classes}, or when its package is
 * in {@code packages}; unless it, or the class it is nested in, is in {@code deniedClasses}. The most deeply
 * nested name that is listed decides.</li>
 * <li>A member (method, constructor {@code <init>}, field) is denied when its owner or any supertype of its
 * owner declares a member of that name in {@code deniedMembers} (so {@code ArrayList.parallelStream} falls under
 * {@code Collection.parallelStream}), allowed when listed in {@code allowedMembers}, and otherwise follows its
 * owner's class.</li>
 * <li>{@code invokedynamic} may only use the bootstrap methods javac emits for lambdas, string concatenation,
 * records and pattern switches ({@link #JAVAC_BOOTSTRAPS}); their own classes ({@code java.lang.invoke},
 * {@code java.lang.runtime}) stay denied as classes the code references.</li>
 * </ul>
 *
 * <p>An exercise widens the policy with {@link #allowing}; the rules are data so that README and tests can show
 * them.
 *
 * @param packages       packages (internal names, {@code java/util}) whose classes are allowed; not sub-packages
 * @param classes        further classes allowed, with their nested classes
 * @param deniedClasses  classes of allowed packages that are not allowed, with their nested classes
 * @param deniedMembers  {@code owner.name} of members not allowed, also through subtypes of the owner
 * @param allowedMembers {@code owner.name} of members allowed whatever their class (from an exercise's widening)
 */
public record Policy(Set<String> packages, Set<String> classes, Set<String> deniedClasses,
                     Set<String> deniedMembers, Set<String> allowedMembers) {

    /** {@code owner.name} of the bootstrap methods javac emits; no other may appear in an invokedynamic. */
    public static final Set<String> JAVAC_BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch", "java/lang/runtime/SwitchBootstraps.enumSwitch");
    /** Bootstraps of the constants javac passes to a pattern switch (an enum label is an EnumDesc). */
    public static final Set<String> JAVAC_CONSTANT_BOOTSTRAPS = Set.of("java/lang/invoke/ConstantBootstraps.invoke");
    /** Methods javac lets those constants call. */
    public static final Set<String> JAVAC_CONSTANT_FACTORIES = Set.of("java/lang/Enum$EnumDesc.of",
            "java/lang/constant/ClassDesc.of");

    public Policy {
        packages = Set.copyOf(packages);
        classes = Set.copyOf(classes);
        deniedClasses = Set.copyOf(deniedClasses);
        deniedMembers = Set.copyOf(deniedMembers);
        allowedMembers = Set.copyOf(allowedMembers);
    }

    /** The course default, as listed in exercises/README.md. */
    public static Policy standard() {
        return new Policy(
                Set.of("java/lang", "java/util", "java/util/function", "java/util/stream", "java/util/random",
                        "java/util/regex", "java/util/concurrent/atomic", "java/math", "java/text", "java/time",
                        "java/time/chrono", "java/time/format", "java/time/temporal"),
                Set.of("java/util/concurrent/ConcurrentHashMap", "java/util/concurrent/ConcurrentMap",
                        "java/util/concurrent/ConcurrentNavigableMap", "java/util/concurrent/ConcurrentSkipListMap",
                        "java/util/concurrent/ConcurrentSkipListSet", "java/util/concurrent/ConcurrentLinkedQueue",
                        "java/util/concurrent/ConcurrentLinkedDeque", "java/util/concurrent/CopyOnWriteArrayList",
                        "java/util/concurrent/CopyOnWriteArraySet", "java/util/concurrent/ThreadLocalRandom",
                        "java/util/concurrent/TimeUnit", "java/util/concurrent/ExecutionException",
                        "java/util/concurrent/TimeoutException", "java/util/concurrent/CancellationException",
                        "java/io/Serializable", "java/io/Closeable", "java/io/Flushable", "java/io/IOException",
                        "java/io/UncheckedIOException", "java/io/PrintStream", "java/io/PrintWriter",
                        "java/io/StringWriter", "java/io/StringReader", "java/io/Reader", "java/io/Writer",
                        "java/io/BufferedReader", "java/io/InputStream", "java/io/OutputStream",
                        "java/io/ByteArrayInputStream", "java/io/ByteArrayOutputStream",
                        "java/nio/charset/Charset", "java/nio/charset/StandardCharsets",
                        "java/time/zone/ZoneRules", "java/time/zone/ZoneOffsetTransition",
                        "java/time/zone/ZoneOffsetTransitionRule"),
                Set.of("java/lang/Thread", "java/lang/ThreadGroup", "java/lang/ThreadLocal",
                        "java/lang/InheritableThreadLocal", "java/lang/ScopedValue", "java/lang/Runtime",
                        "java/lang/Process", "java/lang/ProcessBuilder", "java/lang/ProcessHandle",
                        "java/lang/ClassLoader", "java/lang/ClassValue", "java/lang/Module", "java/lang/ModuleLayer",
                        "java/lang/Package", "java/lang/SecurityManager", "java/lang/StackWalker",
                        "java/lang/System$Logger", "java/lang/System$LoggerFinder",
                        "java/util/ServiceLoader", "java/util/Timer", "java/util/TimerTask", "java/util/ResourceBundle",
                        "java/util/ListResourceBundle", "java/util/PropertyResourceBundle", "java/util/Formatter",
                        "java/util/Properties", "java/util/stream/StreamSupport"),
                standardDeniedMembers(),
                Set.of());
    }

    private static Set<String> standardDeniedMembers() {
        Set<String> all = new HashSet<>();
        members(all, "java/lang/System", "exit", "setOut", "setErr", "setIn", "in", "getenv", "setProperty",
                "getProperty", "getProperties", "setProperties", "clearProperty", "load", "loadLibrary",
                "mapLibraryName", "console", "getLogger", "inheritedChannel", "setSecurityManager",
                "getSecurityManager", "gc", "runFinalization");
        members(all, "java/lang/Class", "forName", "getClassLoader", "getModule", "getProtectionDomain",
                "getPackage", "getSigners", "getResource", "getResourceAsStream", "newInstance", "getMethods",
                "getMethod", "getDeclaredMethods", "getDeclaredMethod", "getFields", "getField", "getDeclaredFields",
                "getDeclaredField", "getConstructors", "getConstructor", "getDeclaredConstructors",
                "getDeclaredConstructor", "getRecordComponents", "getEnclosingMethod", "getEnclosingConstructor",
                "getGenericSuperclass", "getGenericInterfaces", "getTypeParameters", "getAnnotatedSuperclass",
                "getAnnotatedInterfaces", "describeConstable");
        members(all, "java/lang/Integer", "getInteger");
        members(all, "java/lang/Long", "getLong");
        members(all, "java/lang/Boolean", "getBoolean");
        // single-threaded code has nothing to wait for: a wait would only hold the worker without computing
        members(all, "java/lang/Object", "wait");
        members(all, "java/util/concurrent/TimeUnit", "sleep", "timedWait", "timedJoin");
        members(all, "java/util/Locale", "setDefault");
        members(all, "java/util/TimeZone", "setDefault");
        // parallel streams and bulk operations run the student's code on the common pool's threads
        members(all, "java/util/Collection", "parallelStream");
        members(all, "java/util/stream/BaseStream", "parallel");
        members(all, "java/util/Arrays", "parallelSort", "parallelSetAll", "parallelPrefix");
        members(all, "java/util/concurrent/ConcurrentHashMap", "forEach", "forEachKey", "forEachValue",
                "forEachEntry", "search", "searchKeys", "searchValues", "searchEntries", "reduce", "reduceKeys",
                "reduceValues", "reduceEntries", "reduceToInt", "reduceToLong", "reduceToDouble", "reduceKeysToInt",
                "reduceKeysToLong", "reduceKeysToDouble", "reduceValuesToInt", "reduceValuesToLong",
                "reduceValuesToDouble", "reduceEntriesToInt", "reduceEntriesToLong", "reduceEntriesToDouble");
        // these two can open files by name
        members(all, "java/io/PrintStream", "<init>");
        members(all, "java/io/PrintWriter", "<init>");
        return all;
    }

    private static void members(Set<String> into, String owner, String... names) {
        Arrays.stream(names).forEach(n -> into.add(owner + "." + n));
    }

    /**
     * This policy widened by an exercise's {@code allow:} entries (dotted names): {@code p.q.} allows the
     * package {@code p.q} (not its sub-packages) with every class and member in it the default denies;
     * {@code p.q.C} allows class {@code C} with its nested classes and all their members; {@code p.q.C.m}
     * allows the member {@code m} of {@code C} (all overloads; {@code <init>} for constructors) whatever the
     * verdict on {@code C}.
     *
     * @throws IllegalArgumentException for an entry {@link #checkWidening} does not accept
     */
    public Policy allowing(List<String> dotted) {
        Set<String> pkgs = new HashSet<>(packages);
        Set<String> cls = new HashSet<>(classes);
        Set<String> denied = new HashSet<>(deniedClasses);
        Set<String> deniedM = new HashSet<>(deniedMembers);
        Set<String> allowedM = new HashSet<>(allowedMembers);
        for (String entry : dotted) {
            checkWidening(entry).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            switch (Widening.of(entry)) {
                case Widening.Package p -> {
                    pkgs.add(p.name());
                    denied.removeIf(c -> packageOf(c).equals(p.name()));
                    deniedM.removeIf(m -> packageOf(ownerOf(m)).equals(p.name()));
                }
                case Widening.Type t -> {
                    cls.add(t.name());
                    denied.removeIf(c -> c.equals(t.name()) || c.startsWith(t.name() + "$"));
                    deniedM.removeIf(m -> ownerOf(m).equals(t.name()) || ownerOf(m).startsWith(t.name() + "$"));
                }
                case Widening.Member m -> {
                    allowedM.add(m.owner() + "." + m.name());
                    deniedM.remove(m.owner() + "." + m.name());
                }
            }
        }
        return new Policy(pkgs, cls, denied, deniedM, allowedM);
    }

    /** Why an {@code allow:} entry cannot be used (a typo, or nothing of that name in the JDK), or empty. */
    public static Optional<String> checkWidening(String entry) {
        if (entry == null || !entry.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$<][\\w$>]*)*\\.?")) {
            return Optional.of("allow entry '" + entry + "' is not a dotted name (a package ends in '.', e.g. "
                    + "java.util.concurrent.; a class: java.lang.Thread; a member: java.lang.System.getenv)");
        }
        return switch (Widening.of(entry)) {
            case Widening.Package p -> ModuleLayer.boot().modules().stream().flatMap(mod -> mod.getPackages()
                    .stream()).anyMatch(p.name().replace('/', '.')::equals) ? Optional.empty()
                    : Optional.of("allow entry '" + entry + "' names no package of the JDK");
            case Widening.Type t -> Hierarchy.jdkClass(t.name()).isPresent() ? Optional.empty()
                    : Optional.of("allow entry '" + entry + "' names no class of the JDK (a package ends in '.')");
            case Widening.Member m -> Hierarchy.jdkClass(m.owner()).filter(c -> hasMember(c, m.name())).isPresent()
                    ? Optional.empty()
                    : Optional.of("allow entry '" + entry + "' names no member of a JDK class");
        };
    }

    /** An {@code allow:} entry, parsed: packages end in a dot, members start with a lower-case letter or '<'. */
    private sealed interface Widening {
        record Package(String name) implements Widening {
        }

        record Type(String name) implements Widening {
        }

        record Member(String owner, String name) implements Widening {
        }

        static Widening of(String dotted) {
            if (dotted.endsWith(".")) {
                return new Package(dotted.substring(0, dotted.length() - 1).replace('.', '/'));
            }
            int dot = dotted.lastIndexOf('.');
            String last = dotted.substring(dot + 1);
            boolean member = dot > 0 && (last.startsWith("<") || Character.isLowerCase(last.charAt(0)))
                    && Character.isUpperCase(dotted.charAt(dotted.lastIndexOf('.', dot - 1) + 1));
            return member ? new Member(dotted.substring(0, dot).replace('.', '/'), last)
                    : new Type(dotted.replace('.', '/'));
        }
    }

    /** This policy, also allowing the given classes (internal names): the submission's own. */
    public Policy including(Set<String> internalNames) {
        Set<String> cls = new HashSet<>(classes);
        cls.addAll(internalNames);
        return new Policy(packages, cls, deniedClasses, deniedMembers, allowedMembers);
    }

    /** Why a class may not be used, or empty when it may. */
    public Optional<String> checkClass(String internalName) {
        String name = internalName.startsWith("[") ? elementName(internalName) : internalName;
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (String n = name; ; n = n.substring(0, n.lastIndexOf('$'))) {
            if (deniedClasses.contains(n)) {
                return Optional.of(describe(name));
            }
            if (classes.contains(n)) {
                return Optional.empty();
            }
            if (n.lastIndexOf('$') <= n.lastIndexOf('/')) {
                break;
            }
        }
        return packages.contains(packageOf(name)) ? Optional.empty() : Optional.of(describe(name));
    }

    /**
     * Why a member may not be used, or empty when it may.
     *
     * @param supertypes the owner's supertypes, nearest first (the owner itself included or not)
     */
    public Optional<String> checkMember(String owner, String name, Function<String, List<String>> supertypes) {
        // an array's methods are Object's (clone); its element type is checked as a class below
        String self = owner.startsWith("[") ? "java/lang/Object" : owner;
        if (allowedMembers.contains(self + "." + name)) {
            return Optional.empty();
        }
        List<String> types = new ArrayList<>();
        types.add(self);
        types.addAll(supertypes.apply(self));
        Optional<String> denied = types.stream().map(t -> t + "." + name).filter(deniedMembers::contains)
                .findFirst().map(Policy::describe);
        return denied.isPresent() ? denied : checkClass(owner);
    }

    private static String ownerOf(String member) {
        return member.substring(0, member.lastIndexOf('.'));
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    private static String elementName(String descriptor) {
        String d = descriptor.replaceFirst("^\\[+", "");
        return d.startsWith("L") && d.endsWith(";") ? d.substring(1, d.length() - 1) : "";
    }

    private static String describe(String internalName) {
        return internalName.replace('/', '.');
    }

    private static boolean hasMember(Class<?> c, String name) {
        if (name.equals("<init>")) {
            return c.getDeclaredConstructors().length > 0;
        }
        Stream<Member[]> members = Stream.<Member[]>of(c.getMethods(), c.getDeclaredMethods(), c.getFields(),
                c.getDeclaredFields());
        return members.flatMap(Arrays::stream).anyMatch(m -> m.getName().equals(name));
    }
}
