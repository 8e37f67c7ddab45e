package org.joinedup.portal;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule between modules: pathway-domain depends on no other module;
 * qi-programmes and forums depend only on pathway-domain and not on each other;
 * portal-ui may use them all. No module reaches into another's {@code internal} packages.
 */
class ModuleBoundariesTest {

    private static final JavaClasses joinedUp = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.joinedup");

    @Test
    void the_shared_model_depends_on_no_feature_module() {
        noClasses().that().resideInAPackage("org.joinedup.pathway..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.joinedup.qi..", "org.joinedup.forums..", "org.joinedup.portal..")
                .allowEmptyShould(true)
                .check(joinedUp);
    }

    @Test
    void feature_modules_depend_on_the_shared_model_only() {
        noClasses().that().resideInAPackage("org.joinedup.qi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.joinedup.forums..", "org.joinedup.portal..")
                .allowEmptyShould(true)
                .check(joinedUp);
        noClasses().that().resideInAPackage("org.joinedup.forums..")
                .should().dependOnClassesThat().resideInAnyPackage("org.joinedup.qi..", "org.joinedup.portal..")
                .allowEmptyShould(true)
                .check(joinedUp);
    }

    @Test
    void no_module_reaches_into_another_modules_internals() {
        for (String module : new String[] {"pathway", "qi", "forums", "portal"}) {
            noClasses().that().resideOutsideOfPackage("org.joinedup." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.joinedup." + module + "..internal..")
                    .allowEmptyShould(true)
                    .check(joinedUp);
        }
    }

    @Test
    void features_within_the_shared_model_do_not_form_cycles() {
        slices().matching("org.joinedup.pathway.(*)..").should().beFreeOfCycles().check(joinedUp);
    }
}
