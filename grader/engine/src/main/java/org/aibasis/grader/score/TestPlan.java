package org.aibasis.grader.score;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import net.jqwik.api.Label;
import org.aibasis.grader.api.DependsOn;
import org.aibasis.grader.api.Hint;
import org.aibasis.grader.api.Points;
import org.aibasis.grader.run.TestRef;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Reads a compiled test suite's plan (which methods are tests, their points, hints and prerequisites) by asking
 * the JUnit Platform to discover it, as it will when the tests run: tests inherited from an abstract base class,
 * composed annotations and overloads are found, and {@code @Disabled} tests are left out.
 *
 * <p>The suite's classes are loaded but never initialised, so no code of theirs runs here; the plan is known
 * even when the student's code does not compile, because the suite is discovered against the reference solution.
 */
public final class TestPlan {

    private TestPlan() {
    }

    /**
     * @param testClasses   compiled test classes by binary name
     * @param otherClasses  the classes they use (reference solution or the student's code), by binary name
     * @param requirePoints hidden suites must give every test its points; public tests default to 1
     * @throws IllegalStateException naming the test class and what to fix when {@code requirePoints} and a test
     *                               has no points, points are not positive, or {@code @DependsOn} names no test
     *                               or forms a cycle
     */
    public static List<PlannedTest> read(Map<String, byte[]> testClasses, Map<String, byte[]> otherClasses,
                                         boolean requirePoints) {
        Map<String, byte[]> all = new HashMap<>(otherClasses);
        all.putAll(testClasses);
        SuiteLoader loader = new SuiteLoader(all);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            List<Discovered> found = discover(loader, testClasses.keySet().stream().sorted().toList());
            return plan(found, requirePoints);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A test method the platform found, before it is named and checked. */
    private record Discovered(String uniqueId, Class<?> testClass, Method method, String simpleName) {
    }

    private static List<Discovered> discover(SuiteLoader loader, List<String> classNames) {
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String name : classNames) {
            try {
                selectors.add(selectClass(Class.forName(name, false, loader)));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("test class " + name + " cannot be loaded (" + e + "); it must "
                        + "compile against the reference solution alone");
            }
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .configurationParameter("jqwik.database", "")
                .build();
        org.junit.platform.launcher.TestPlan plan = Discovery.LAUNCHER.discover(request);
        List<Discovered> found = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, found);
        }
        return found;
    }

    /** The identifiers with a method as their source: test methods, and the containers of templates and factories. */
    private static void collect(org.junit.platform.launcher.TestPlan plan, TestIdentifier id, List<Discovered> out) {
        if (id.getSource().orElse(null) instanceof MethodSource source) {
            Method method = source.getJavaMethod();
            Class<?> testClass = source.getJavaClass();
            if (!disabled(method, testClass)) {
                out.add(new Discovered(id.getUniqueId(), testClass, method, simpleName(testClass)));
            }
            return;
        }
        for (TestIdentifier child : plan.getChildren(id)) {
            collect(plan, child, out);
        }
    }

    private static List<PlannedTest> plan(List<Discovered> found, boolean requirePoints) {
        Map<String, Long> baseNames = found.stream().collect(Collectors.groupingBy(
                d -> d.simpleName() + "." + d.method().getName(), Collectors.counting()));
        Map<String, Long> signatures = found.stream().collect(Collectors.groupingBy(TestPlan::signature,
                Collectors.counting()));
        // the platform's own order within a class is deliberately unobvious; a report reads better sorted
        found.sort(java.util.Comparator.comparing((Discovered d) -> d.testClass().getName())
                .thenComparing(TestPlan::signature));
        List<TestRef> refs = new ArrayList<>();
        for (Discovered d : found) {
            String base = d.simpleName() + "." + d.method().getName();
            String name = baseNames.get(base) == 1 ? base
                    : signatures.get(signature(d)) == 1 ? signature(d) : d.testClass().getName() + "."
                    + signature(d).substring(d.simpleName().length() + 1);
            refs.add(new TestRef(d.uniqueId(), d.testClass().getName(), name));
        }
        List<PlannedTest> plan = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Discovered d = found.get(i);
            TestRef ref = refs.get(i);
            Optional<Points> points = AnnotationSupport.findAnnotation(d.method(), Points.class);
            if (points.isEmpty() && requirePoints) {
                throw new IllegalStateException("test class " + ref.className() + ": hidden test "
                        + ref.name() + " has no @Points: give every hidden test its points");
            }
            double p = points.map(Points::value).orElse(1.0);
            if (!(p > 0)) {
                throw new IllegalStateException("test class " + ref.className() + ": test " + ref.name()
                        + " has @Points(" + p + "); points must be > 0");
            }
            Hints hints = AnnotationSupport.findAnnotation(d.method(), Hint.class)
                    .map(h -> new Hints(h.value(), h.zh(), h.timeout(), h.timeoutZh())).orElse(Hints.NONE);
            List<String> prerequisites = new ArrayList<>();
            for (String entry : AnnotationSupport.findAnnotation(d.method(), DependsOn.class).map(DependsOn::value)
                    .orElse(new String[0])) {
                prerequisites.add(resolve(entry, ref, found, refs));
            }
            plan.add(new PlannedTest(ref, label(d.method()).orElse(d.method().getName()), p, hints, prerequisites));
        }
        Prerequisites.checkAcyclic(plan);
        return List.copyOf(plan);
    }

    /**
     * The planned test a {@code @DependsOn} entry names: {@code method} in the same class, or
     * {@code Simple.method}; either may add the parameter types, as the test's name does, to pick an overload.
     */
    private static String resolve(String entry, TestRef of, List<Discovered> found, List<TestRef> refs) {
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Discovered d = found.get(i);
            String method = d.method().getName();
            String local = signature(d).substring(d.simpleName().length() + 1);
            boolean same = d.testClass().getName().equals(of.className());
            boolean named = refs.get(i).name().equals(entry) || (d.simpleName() + "." + method).equals(entry)
                    || signature(d).equals(entry) || (same && (method.equals(entry) || local.equals(entry)));
            if (named) {
                matches.add(refs.get(i).name());
            }
        }
        String where = "test class " + of.className() + ": " + of.name() + " has @DependsOn(\"" + entry + "\"), ";
        if (matches.isEmpty()) {
            throw new IllegalStateException(where + "which names no test of this exercise; name a test as "
                    + "\"methodName\" of the same class or \"SimpleClassName.methodName\"");
        }
        if (matches.size() > 1) {
            throw new IllegalStateException(where + "which names several tests (" + String.join(", ", matches)
                    + "); name one of them as written here");
        }
        return matches.get(0);
    }

    /** {@code Simple.method(int, String)}: a name that keeps overloads apart. */
    private static String signature(Discovered d) {
        return d.simpleName() + "." + d.method().getName() + Arrays.stream(d.method().getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The binary name after the package: {@code Outer$Inner} for a nested class, as stack traces show it. */
    private static String simpleName(Class<?> c) {
        String name = c.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static boolean disabled(Method method, Class<?> testClass) {
        // an inner (@Nested) class is disabled with the classes that enclose it
        for (Class<?> c = testClass; c != null;
             c = Modifier.isStatic(c.getModifiers()) ? null : c.getEnclosingClass()) {
            if (disabled(c)) {
                return true;
            }
        }
        return disabled(method);
    }

    private static boolean disabled(AnnotatedElement e) {
        return AnnotationSupport.isAnnotated(e, Disabled.class)
                || AnnotationSupport.isAnnotated(e, net.jqwik.api.Disabled.class);
    }

    private static Optional<String> label(Method method) {
        return AnnotationSupport.findAnnotation(method, DisplayName.class).map(DisplayName::value)
                .or(() -> AnnotationSupport.findAnnotation(method, Label.class).map(Label::value));
    }

    /** One launcher for every discovery: creating it loads the test engines, which costs more than discovering. */
    private static final class Discovery {
        /** jqwik announces at INFO that its database is off; held here because the log manager holds it weakly. */
        static final java.util.logging.Logger QUIET = quiet("net.jqwik");
        static final Launcher LAUNCHER = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .build());

        private static java.util.logging.Logger quiet(String name) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.WARNING);
            return logger;
        }
    }

    /** Defines the suite's classes from their bytes, without initialising them. */
    private static final class SuiteLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        SuiteLoader(Map<String, byte[]> classes) {
            super("test-plan", TestPlan.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
