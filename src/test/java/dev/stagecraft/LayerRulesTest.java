package dev.stagecraft;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, as tests with their reasons. */
class LayerRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stagecraft");

    /** Every top-level package but {@code ui} (and the launcher's root package), as ArchUnit patterns. */
    private static final List<String> CORE = List.of("dev.stagecraft.model..", "dev.stagecraft.analysis..",
            "dev.stagecraft.simulation..", "dev.stagecraft.plan..", "dev.stagecraft.diff..", "dev.stagecraft.io..",
            "dev.stagecraft.layout..", "dev.stagecraft.diagram..", "dev.stagecraft.revision..", "dev.stagecraft.synthetic..", "dev.stagecraft.cli..",
            "dev.stagecraft.policy..", "dev.stagecraft.expr..");

    private static final String UI = "dev.stagecraft.ui.";

    @Test
    void coreDoesNotImportJavaFx() {
        noClasses().that().resideInAnyPackage(CORE.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the CLI and CI run the same engine without a display")
                .check(MAIN);
    }

    @Test
    void everyTopLevelPackageIsCoreOrUi() {
        Set<String> packages = MAIN.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("dev.stagecraft."))
                .map(p -> "dev.stagecraft." + p.substring("dev.stagecraft.".length()).split("\\.")[0] + "..")
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>(CORE);
        listed.add("dev.stagecraft.ui..");
        assertEquals(listed, packages, "the layer rules name exactly the packages there are: a new package is"
                + " listed in CORE (so it is held to the no-JavaFX rule), a removed one is taken out");
    }

    @Test
    void coreDoesNotKnowTheUi() {
        noClasses().that().resideOutsideOfPackages("dev.stagecraft.ui..", "dev.stagecraft")
                .should().dependOnClassesThat().resideInAnyPackage("dev.stagecraft.ui..")
                .because("dependencies point down: the UI uses the core, never the other way")
                .check(MAIN);
    }

    @Test
    void modelKnowsNoOtherLayer() {
        noClasses().that().resideInAPackage("dev.stagecraft.model..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE.stream()
                        .filter(p -> !p.equals("dev.stagecraft.model..")).toArray(String[]::new))
                .because("the model is the bottom layer: no formats, no analyses")
                .check(MAIN);
    }

    @Test
    void layoutDoesNotKnowTheDiagram() {
        noClasses().that().resideInAPackage("dev.stagecraft.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.stagecraft.diagram..")
                .because("placement works on ids, box sizes and edges: the diagram sizes the boxes and uses it, and"
                        + " whoever has sizes (the window, convert, a benchmark) can place without drawing")
                .check(MAIN);
    }

    /**
     * No cycle between {@code ui} sub-packages, because a cycle makes two packages one idea in two folders:
     * neither can be read, tested or changed without the other. The view models live in {@code ui.document},
     * below every view; {@code ui.window} builds the views and nothing imports it.
     */
    @Test
    void noCyclesBetweenUiSubPackages() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass c : MAIN) {
            String from = uiSubPackage(c.getPackageName());
            if (from == null) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = uiSubPackage(d.getTargetClass().getPackageName());
                if (to != null && !to.equals(from)) {
                    edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        Set<String> cycles = simpleCycles(edges);
        assertTrue(cycles.isEmpty(), "cycles between ui sub-packages: " + cycles
                + "; a ui sub-package must not import one that imports it back");
    }

    @Test
    void simpleCyclesFindsEachCycleOnceFromItsSmallestPackage() {
        Map<String, Set<String>> edges = Map.of("a", Set.of("b"), "b", Set.of("a", "c"), "c", Set.of("a", "d"),
                "d", Set.of());
        assertEquals(Set.of("a -> b -> a", "a -> b -> c -> a"), simpleCycles(edges));
    }

    /** The sub-package of {@code ui} a package belongs to ({@code ui.render.x} is {@code render}); null outside them. */
    private static String uiSubPackage(String pkg) {
        if (!pkg.startsWith(UI)) {
            return null;
        }
        String rest = pkg.substring(UI.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Every simple cycle of a small directed graph, each as {@code a -> b -> ... -> a} starting from its smallest
     * vertex, found by a depth-first search from each vertex over larger vertices only. Exponential in the worst
     * case, fine for a dozen packages.
     */
    static Set<String> simpleCycles(Map<String, Set<String>> edges) {
        Set<String> cycles = new TreeSet<>();
        for (String start : edges.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>();
            paths.push(List.of(start));
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                for (String next : edges.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    if (next.equals(start)) {
                        cycles.add(String.join(" -> ", path) + " -> " + start);
                    } else if (next.compareTo(start) > 0 && !path.contains(next)) {
                        List<String> longer = new ArrayList<>(path);
                        longer.add(next);
                        paths.push(longer);
                    }
                }
            }
        }
        return cycles;
    }

    @Test
    void writersBuildNoCollectionsWhoseOrderChangesBetweenRuns() {
        noClasses().that().resideInAPackage("dev.stagecraft.plan.export..")
                .or().haveSimpleNameEndingWith("Writer").or().haveSimpleNameEndingWith("Json")
                .should().callMethodWhere(UNORDERED_COLLECTION)
                .because("Map.of, Set.of and their copies iterate in an order that changes from one JVM to the next;"
                        + " the same input must give the same bytes (build LinkedHashMaps instead)")
                .check(MAIN);
    }

    /** {@code Map.of} with two or more pairs, {@code Set.of} with two or more elements, their copies and entries. */
    private static final DescribedPredicate<JavaCall<?>> UNORDERED_COLLECTION = DescribedPredicate.describe(
            "Map.of/Set.of with several entries, Map.ofEntries, Map.copyOf or Set.copyOf", call -> {
                JavaClass owner = call.getTargetOwner();
                String name = call.getName();
                int arity = call.getTarget().getRawParameterTypes().size();
                if (owner.isEquivalentTo(java.util.Map.class)) {
                    return name.equals("of") && arity >= 4 || name.equals("ofEntries") || name.equals("copyOf");
                }
                if (owner.isEquivalentTo(java.util.Set.class)) {
                    return name.equals("of") && arity >= 2 || name.equals("copyOf");
                }
                return false;
            });
}
