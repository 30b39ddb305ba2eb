package tw.vendorrisk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package structure: one package per feature, no cycles between them, {@code common} at the
 * bottom (it knows no feature) and {@code system} at the top (it wires the features together and
 * nothing depends on it). Features that only tell each other what happened do so by events.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tw.vendorrisk");

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("tw.vendorrisk.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void nothingOutsideSystemDependsOnSystem() {
        noClasses().that().resideOutsideOfPackage("tw.vendorrisk.system..")
                .should().dependOnClassesThat().resideInAPackage("tw.vendorrisk.system..")
                .because("system only wires the features together")
                .check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("tw.vendorrisk.common..")
                .should().dependOnClassesThat(resideInAPackage("tw.vendorrisk..")
                        .and(not(resideInAPackage("tw.vendorrisk.common.."))))
                .because("common is what every feature builds on")
                .check(CLASSES);
    }
}
