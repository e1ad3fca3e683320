package dev.stagecraft;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, as tests with their reasons. */
class LayerRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stagecraft");

    @Test
    void coreDoesNotImportJavaFx() {
        noClasses().that().resideInAnyPackage("dev.stagecraft.model..", "dev.stagecraft.analysis..",
                        "dev.stagecraft.simulation..", "dev.stagecraft.plan..", "dev.stagecraft.io..",
                        "dev.stagecraft.cli..", "dev.stagecraft.synthetic..", "dev.stagecraft.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the CLI and CI run the same engine without a display")
                .check(MAIN);
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
                .should().dependOnClassesThat().resideInAnyPackage("dev.stagecraft.analysis..",
                        "dev.stagecraft.plan..", "dev.stagecraft.io..", "dev.stagecraft.cli..",
                        "dev.stagecraft.simulation..")
                .because("the model is the bottom layer: no formats, no analyses")
                .check(MAIN);
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
