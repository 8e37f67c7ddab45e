package org.joinedup.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/**
 * The dependency rules. Between Maven modules: pathway-domain depends on no other module;
 * qi-programmes and forums depend only on pathway-domain and not on each other; portal-ui
 * may use them all. Inside pathway-domain, three rooms: platform depends on neither
 * identity nor pathway, identity does not depend on pathway. Inside pathway, the rooms
 * (workspace, draft, proposal, comments, demo, fhir) use each other only through their root
 * packages, or through the rows they share in {@code org.joinedup.pathway.internal}, which
 * calls no room's service. No module reaches into another's {@code internal} packages, and
 * nothing forms a cycle. No query string names another feature's entity. Each rule is also shown to catch a deliberate breach (the
 * {@code boundaryfixture} test packages), since a rule never seen to fail proves nothing.
 */
class ModuleBoundariesTest {

    private static final String PATHWAY = "org.joinedup.pathway";
    /** The forums follow the pathway's rules for rooms: sub-features through their roots, shared rows in internal. */
    private static final String FORUMS = "org.joinedup.forums";
    private static final String PATHWAY_FIXTURE = "org.joinedup.pathway.boundaryfixture";

    private static final JavaClasses joinedUp = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.joinedup");

    private static final JavaClasses breaches = new ClassFileImporter()
            .importPackages("org.joinedup.qi.boundaryfixture", "org.joinedup.forums.boundaryfixture",
                    PATHWAY_FIXTURE, "org.joinedup.platform.boundaryfixture", "org.joinedup.identity.boundaryfixture");

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

    private static final ArchRule platformDependsOnNoOtherRoom = noClasses()
            .that().resideInAPackage("org.joinedup.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.joinedup.identity..", "org.joinedup.pathway..")
            .allowEmptyShould(true);

    private static final ArchRule identityDependsOnNoPathway = noClasses()
            .that().resideInAPackage("org.joinedup.identity..")
            .should().dependOnClassesThat().resideInAPackage("org.joinedup.pathway..")
            .allowEmptyShould(true);

    private static final ArchRule roomsFormNoCycle = slices()
            .matching("org.joinedup.(platform|identity|pathway)..").should().beFreeOfCycles();

    private static final ArchRule platformAndIdentityFeaturesFormNoCycle = slices()
            .matching("org.joinedup.(platform|identity).(*)..").should().beFreeOfCycles();

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
    void platform_depends_on_neither_identity_nor_pathway_and_identity_not_on_pathway() {
        platformDependsOnNoOtherRoom.check(joinedUp);
        identityDependsOnNoPathway.check(joinedUp);
    }

    @Test
    void pathway_and_forum_rooms_use_each_other_only_through_their_roots() {
        for (String feature : List.of(PATHWAY, FORUMS)) {
            roomsUseEachOtherThroughRoots(feature).check(joinedUp);
            sharedRowsCallNoService(feature).check(joinedUp);
        }
    }

    @Test
    void no_query_string_names_another_features_entity() {
        queriesNameOnlyTheirOwnEntities(joinedUp).check(joinedUp);
    }

    @Test
    void nothing_forms_a_cycle() {
        roomsFormNoCycle.check(joinedUp);
        platformAndIdentityFeaturesFormNoCycle.check(joinedUp);
        pathwayRoomsFormNoCycle(PATHWAY).check(joinedUp);
        pathwayRoomsFormNoCycle(FORUMS).check(joinedUp);
    }

    @Test
    void the_rules_catch_a_feature_module_using_another_and_reaching_into_internals() {
        assertThatThrownBy(() -> featureModulesUseOnlyTheSharedModel.get(0).check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ReachesIntoForums");
        assertThatThrownBy(() -> internalsStayInside.get(0).check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("HiddenDetail");
    }

    @Test
    void the_rules_catch_platform_using_identity_and_identity_using_pathway() {
        assertThatThrownBy(() -> platformDependsOnNoOtherRoom.check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("AuditedChange");
        assertThatThrownBy(() -> identityDependsOnNoPathway.check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DraftAsksProposal");
    }

    @Test
    void the_rules_catch_a_pathway_room_reading_below_another_rooms_root() {
        assertThatThrownBy(() -> roomsUseEachOtherThroughRoots(PATHWAY_FIXTURE).check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DraftRow");
        assertThatThrownBy(() -> sharedRowsCallNoService(PATHWAY_FIXTURE).check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("RowsAskAService");
    }

    @Test
    void the_rules_catch_a_query_string_naming_another_features_entity() {
        assertThatThrownBy(() -> queriesNameOnlyTheirOwnEntities(joinedUp).check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("QueriesThePeopleTable");
    }

    @Test
    void the_rules_catch_cycles_between_rooms() {
        assertThatThrownBy(() -> roomsFormNoCycle.check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("SignedInPerson");
        assertThatThrownBy(() -> pathwayRoomsFormNoCycle(PATHWAY_FIXTURE).check(breaches))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DraftAsksProposal");
    }

    /**
     * A class in one room of {@code feature} may use another room's root package and the
     * shared rows ({@code feature.internal}), nothing below another room's root.
     */
    private static ArchRule roomsUseEachOtherThroughRoots(String feature) {
        return classes().that().resideInAPackage(feature + "..")
                .should(new ArchCondition<>("use other rooms of " + feature + " only through their root packages") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String home = room(feature, origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                            String room = room(feature, target);
                            boolean belowAnotherRoot = room != null && !room.equals(home) && !room.equals("internal")
                                    && !target.equals(feature + "." + room);
                            if (belowAnotherRoot) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** The shared rows sit beneath the rooms: they may name a room's records, never call its services. */
    private static ArchRule sharedRowsCallNoService(String feature) {
        DescribedPredicate<JavaClass> roomService = DescribedPredicate.describe("a service of a room",
                type -> type.getPackageName().startsWith(feature + ".")
                        && (type.isAnnotatedWith(Service.class) || type.getSimpleName().endsWith("Service")));
        return noClasses().that().resideInAPackage(feature + ".internal..")
                .should().dependOnClassesThat(roomService)
                .allowEmptyShould(true);
    }

    /**
     * The rooms of {@code feature} form no cycle. The shared rows are left out: they name
     * the rooms' records and enums (a workspace row has a {@code WorkspaceVisibility}), and
     * {@link #sharedRowsCallNoService} keeps them from calling back up.
     */
    private static ArchRule pathwayRoomsFormNoCycle(String feature) {
        return slices().matching(feature + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.describe("the shared rows",
                                (JavaClass type) -> type.getPackageName().startsWith(feature + ".internal")),
                        DescribedPredicate.alwaysTrue());
    }

    /**
     * JPQL in strings is invisible to the compiler and to the dependency rules above, so
     * each class's string constants are read: a query may name only entities of its own
     * feature ({@code org.joinedup.<feature>}); another feature's data comes through that
     * feature's public API.
     */
    private static ArchRule queriesNameOnlyTheirOwnEntities(JavaClasses entitiesFrom) {
        Map<String, String> featureByEntity = entitiesFrom.stream()
                .filter(type -> type.isAnnotatedWith(Entity.class))
                .collect(Collectors.toMap(JavaClass::getSimpleName, type -> feature(type.getPackageName())));
        Pattern named = Pattern.compile("\\b(?:from|join|update|,)\\s+(" + String.join("|", featureByEntity.keySet()) + ")\\b");
        return classes().that().resideInAPackage("org.joinedup..")
                .should(new ArchCondition<>("name only their own feature's entities in query strings") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String home = feature(type.getPackageName());
                        for (String text : QueryStrings.of(type.reflect())) {
                            Matcher match = named.matcher(text);
                            while (match.find()) {
                                String owner = featureByEntity.get(match.group(1));
                                if (!owner.equals(home)) {
                                    events.add(SimpleConditionEvent.violated(type, type.getName() + " names " + owner
                                            + "'s entity " + match.group(1) + " in \"" + text + "\""));
                                }
                            }
                        }
                    }
                });
    }

    /** The feature ({@code platform}, {@code identity}, {@code pathway}, {@code qi} …) a package belongs to. */
    private static String feature(String packageName) {
        String rest = packageName.substring("org.joinedup.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The room of {@code feature} a package belongs to, or null outside the feature. */
    private static String room(String feature, String packageName) {
        if (!packageName.startsWith(feature + ".")) {
            return null;
        }
        String rest = packageName.substring(feature.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
