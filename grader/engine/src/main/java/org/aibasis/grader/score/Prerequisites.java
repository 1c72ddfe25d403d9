package org.aibasis.grader.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code @DependsOn} relation between planned tests: checked to be acyclic, then used to find root causes. */
final class Prerequisites {
    private Prerequisites() {
    }

    /** @throws IllegalStateException naming the test class and the cycle when tests depend on each other in a circle */
    static void checkAcyclic(List<PlannedTest> plan) {
        Map<String, PlannedTest> byName = new HashMap<>();
        plan.forEach(p -> byName.put(p.ref().name(), p));
        Set<String> done = new HashSet<>();
        for (PlannedTest p : plan) {
            visit(p, byName, new ArrayList<>(), done);
        }
    }

    private static void visit(PlannedTest p, Map<String, PlannedTest> byName, List<String> path, Set<String> done) {
        String name = p.ref().name();
        if (done.contains(name)) {
            return;
        }
        int seen = path.indexOf(name);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(name);
            throw new IllegalStateException("test class " + p.ref().className() + ": @DependsOn forms a cycle ("
                    + String.join(" -> ", cycle) + "); a test can only build on tests that do not build on it, "
                    + "so remove one of these entries");
        }
        path.add(name);
        for (String prerequisite : p.dependsOn()) {
            visit(byName.get(prerequisite), byName, path, done);
        }
        path.remove(path.size() - 1);
        done.add(name);
    }
}
