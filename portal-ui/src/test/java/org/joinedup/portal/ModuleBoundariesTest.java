package org.joinedup.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule between modules: pathway-domain depends on no other module;
 * qi-programmes and forums depend only on pathway-domain and not on each other;
 * portal-ui may use them all. No module reaches into another's {@code internal} packages.
 * Modules without code yet would pass any rule, so each rule is also shown to catch a
 * deliberate breach (the {@code boundaryfixture} test packages).
 */
class ModuleBoundariesTest {

    private static final JavaClasses joinedUp = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.joinedup");

    private static final JavaClasses breaches = new ClassFileImporter()
            .importPackages("org.joinedup.qi.boundaryfixture", "org.joinedup.forums.boundaryfixture",
                    "org.joinedup.pathway.boundaryfixture");

    private static final ArchRule sharedModelDependsOnNoFeature = noClasses()
            .that().resideInAnyPackage("org.joinedup.platform..", "org.joinedup.identity..", "org.joinedup.pathway..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.joinedup.qi..", "org.joinedup.forums..", "org.joinedup.portal..")
            .allowEmptyShould(true);

    private static final List<ArchRule> featureModulesUseOnlyTheSharedModel = List.of(
            noClasses().that().resideInAPackage("org.joinedup.qi..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.joinedup.forums..", "org.joinedup.portal..")
                    .allowEmptyShould(true),
            noClasses().that().resideInAPackage("org.joinedup.forums..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.joinedup.qi..", "org.joinedup.portal..")
                    .allowEmptyShould(true));

    private static final List<ArchRule> internalsStayInside = List.of("pathway", "platform", "identity", "qi", "forums", "portal").stream()
            .map(module -> (ArchRule) noClasses().that().resideOutsideOfPackage("org.joinedup." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.joinedup." + module + "..internal..")
                    .allowEmptyShould(true))
            .toList();

    @Test
    void the_shared_model_depends_on_no_feature_module() {
        sharedModelDependsOnNoFeature.check(joinedUp);
    }

    @Test
    void feature_modules_depend_on_the_shared_model_only() {
        featureModulesUseOnlyTheSharedModel.forEach(rule -> rule.check(joinedUp));
    }

    @Test
    void no_module_reaches_into_another_modules_internals() {
        internalsStayInside.forEach(rule -> rule.check(joinedUp));
    }

    @Test
    void features_within_the_shared_model_do_not_form_cycles() {
        slices().matching("org.joinedup.(platform|identity|pathway).(*)..").should().beFreeOfCycles().check(joinedUp);
    }

    @Test
    void the_rules_catch_a_feature_module_using_another_and_reaching_into_internals() {
        assertThatThrownBy(() -> featureModulesUseOnlyTheSharedModel.get(0).check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ReachesIntoForums");
        assertThatThrownBy(() -> internalsStayInside.get(0).check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("HiddenDetail");
    }
}
