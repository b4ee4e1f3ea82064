package fr.ensemble.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of ARCHITECTURE.md: platform-core <- gis <- tenant modules <- ui-vaadin, and no
 * tenant module depends on another one.
 */
class ModuleDependencyTest {

    private static final String CORE = "fr.ensemble.core..";
    private static final String GIS = "fr.ensemble.gis..";
    private static final String UI = "fr.ensemble.ui..";
    private static final Set<String> PLATFORM_PACKAGES = Set.of("core", "gis", "ui");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ensemble");

    @Test
    void platformCoreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat(resideOutsideOf(CORE).and(insideEnsemble()))
                .check(CLASSES);
    }

    @Test
    void gisDependsOnlyOnPlatformCore() {
        noClasses().that().resideInAPackage(GIS)
                .should().dependOnClassesThat(resideOutsideOf(CORE, GIS).and(insideEnsemble()))
                .check(CLASSES);
    }

    @Test
    void tenantModulesNeverDependOnTheUserInterface() {
        noClasses().that(inTenantModule())
                .should().dependOnClassesThat().resideInAPackage(UI)
                .check(CLASSES);
    }

    @Test
    void tenantModulesDoNotDependOnEachOther() {
        SlicesRuleDefinition.slices().assignedFrom(TENANT_MODULES).should().notDependOnEachOther()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    private static final SliceAssignment TENANT_MODULES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String module = tenantModuleOf(javaClass);
            return module == null ? SliceIdentifier.ignore() : SliceIdentifier.of(module);
        }

        @Override
        public String getDescription() {
            return "tenant modules (fr.ensemble.<module>.. outside core, gis and ui)";
        }
    };

    /** The tenant module of a class, e.g. {@code participation}, or null for the platform's own packages. */
    private static String tenantModuleOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith("fr.ensemble.")) {
            return null;
        }
        String top = name.substring("fr.ensemble.".length()).split("\\.")[0];
        return PLATFORM_PACKAGES.contains(top) ? null : top;
    }

    private static DescribedPredicate<JavaClass> inTenantModule() {
        return DescribedPredicate.describe("reside in a tenant module",
                javaClass -> tenantModuleOf(javaClass) != null);
    }

    private static DescribedPredicate<JavaClass> insideEnsemble() {
        return JavaClass.Predicates.resideInAPackage("fr.ensemble..");
    }

    private static DescribedPredicate<JavaClass> resideOutsideOf(String... packages) {
        return JavaClass.Predicates.resideOutsideOfPackages(packages);
    }
}
