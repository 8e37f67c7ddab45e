package org.joinedup.pathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.ActionRelationshipType;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionRelatedActionComponent;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.RelatedArtifact.RelatedArtifactType;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Branch;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.proposal.PublishedPathway;
import org.joinedup.pathway.proposal.VersionSummary;
import org.junit.jupiter.api.Test;

/**
 * The exported JSON, parsed back with HAPI's own parser as a receiving system would,
 * gives back the whole pathway: every stage and step in order with every field, and every
 * hand-over with the steps and settings it joins.
 */
class PlanDefinitionMapperTest {

    private static final FhirContext fhir = FhirContext.forR4Cached();
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T10:15:30Z");

    static final String REFERRAL = "9a4f7c1e-0c1b-4f4e-9a55-1f0f8f3e2a01";
    static final String FOOT_CHECK = "2b6d0c4a-6d3e-4a0a-8c35-7b1c3d9e4f02";
    static final String CLINIC = "5c8e1f2b-1a4d-4b6c-9e7f-0a2b3c4d5e03";
    static final String FOLLOW_UP = "7e0a3b4c-5d6e-4f70-8192-a3b4c5d6e704";

    @Test
    void every_step_and_hand_over_survives_the_round_trip() {
        PublishedPathway pathway = diabetesFootPathway();

        PlanDefinition parsed = parse(PlanDefinitionMapper.toJson(fhir, pathway));
        PathwaySnapshot read = read(parsed);

        assertThat(read.stages()).isEqualTo(pathway.content().stages());
        assertThat(read.handovers()).containsExactlyInAnyOrderElementsOf(pathway.content().handovers());
        for (Handover handover : pathway.content().handovers()) {
            assertThat(read.settingOf(handover.fromStepKey()))
                    .isEqualTo(pathway.content().settingOf(handover.fromStepKey()));
            assertThat(read.settingOf(handover.toStepKey()))
                    .isEqualTo(pathway.content().settingOf(handover.toStepKey()));
        }
    }

    @Test
    void the_plan_says_what_it_is_which_version_and_when_it_was_published() {
        PlanDefinition parsed = parse(PlanDefinitionMapper.toJson(fhir, diabetesFootPathway()));

        assertThat(parsed.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
        assertThat(parsed.getTitle()).isEqualTo("Diabetic foot care, North Tyneside");
        assertThat(parsed.getVersion()).isEqualTo("3");
        assertThat(parsed.getDate()).isEqualTo(Date.from(PUBLISHED));
        assertThat(parsed.getApprovalDateElement().getValueAsString()).isEqualTo("2026-11-20");
        assertThat(parsed.getDescription()).contains("Diabetic foot care", "North Tyneside",
                "Community podiatry now sees urgent referrals");
        assertThat(parsed.getUseContextFirstRep().getCode().getCode()).isEqualTo("focus");
        assertThat(parsed.getUseContextFirstRep().getValueCodeableConcept().getText()).isEqualTo("Diabetic foot care");
        assertThat(parsed.getJurisdictionFirstRep().getText()).isEqualTo("North Tyneside");
        assertThat(parsed.getEndorser()).extracting(contact -> contact.getName())
                .containsExactly("Dr Asha Patel, for Primary care", "Mr Tom Reid, for Secondary care");
    }

    @Test
    void a_hand_over_points_from_the_receiving_step_back_to_the_step_the_patient_leaves() {
        PlanDefinition parsed = parse(PlanDefinitionMapper.toJson(fhir, diabetesFootPathway()));

        PlanDefinitionActionComponent clinic = parsed.getAction().get(1).getAction().get(0);
        assertThat(clinic.getId()).isEqualTo(CLINIC);
        assertThat(clinic.getRelatedAction()).hasSize(1);
        PlanDefinitionActionRelatedActionComponent handover = clinic.getRelatedActionFirstRep();
        assertThat(handover.getActionId()).isEqualTo(FOOT_CHECK);
        assertThat(handover.getRelationship()).isEqualTo(ActionRelationshipType.AFTEREND);
        assertThat(parsed.getAction().get(0).getAction().get(0).getRelatedAction()).isEmpty();
    }

    @Test
    void a_decision_lists_its_branches_as_related_actions_and_each_step_it_leads_to_has_a_condition() {
        PlanDefinition parsed = parse(PlanDefinitionMapper.toJson(fhir, diabetesFootPathway()));

        PlanDefinitionActionComponent decision = parsed.getAction().get(0).getAction().get(1);
        assertThat(decision.getId()).isEqualTo(FOOT_CHECK);
        assertThat(decision.getRelatedAction()).filteredOn(related -> related.hasExtension(JoinedUpFhir.BRANCH)).extracting(PlanDefinitionActionRelatedActionComponent::getActionId,
                PlanDefinitionActionRelatedActionComponent::getRelationship, related -> text(related, JoinedUpFhir.BRANCH))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CLINIC, ActionRelationshipType.BEFORESTART, "Infection or ischaemia"),
                        org.assertj.core.groups.Tuple.tuple(FOLLOW_UP, ActionRelationshipType.BEFORESTART, "Healing well"));
        PlanDefinitionActionComponent followUp = parsed.getAction().get(1).getAction().get(1);
        assertThat(followUp.getCondition()).singleElement().satisfies(condition -> {
            assertThat(condition.getKind()).isEqualTo(PlanDefinition.ActionConditionKind.APPLICABILITY);
            assertThat(condition.getExpression().getLanguage()).isEqualTo(JoinedUpFhir.CONDITION_LANGUAGE);
            assertThat(condition.getExpression().getExpression())
                    .isEqualTo("\u201cUrgent foot review\u201d is answered \u201cHealing well\u201d");
        });
        assertThat(parsed.getAction().get(0).getAction().get(0).getCondition()).isEmpty();
    }

    @Test
    void every_extension_it_writes_is_one_of_the_listed_ones() {
        String json = PlanDefinitionMapper.toJson(fhir, diabetesFootPathway());

        List<String> urls = new ArrayList<>();
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("\"url\": \"([^\"]+)\"").matcher(json);
        while (url.find()) {
            urls.add(url.group(1));
        }
        assertThat(urls).filteredOn(address -> address.contains("/StructureDefinition/"))
                .isNotEmpty().allMatch(JoinedUpFhir.EXTENSIONS::contains);
    }

    static PublishedPathway diabetesFootPathway() {
        StepFields referral = new StepFields("Annual foot check", "Check **both** feet; record the risk level.",
                CareSetting.PRIMARY, "Practice nurse", "Everyone on the diabetes register",
                "Risk level recorded", "Monofilament test\nFoot pulses", true, "None at this step", "",
                "Every 12 months", "A nurse looks at your feet and tells you how healthy they are.",
                "NICE NG19 (2015), recommendation 1.3.4", "", "https://www.nice.org.uk/guidance/ng19");
        StepFields footCheck = new StepFields("Urgent foot review", "Same-week review of an active foot problem.",
                CareSetting.COMMUNITY, "Community podiatry team", "Ulcer, infection or new deformity",
                "Plan agreed with the patient", "Wound swab \u2014 results go to the requester", false,
                "Podiatrist may supply dressings under PGD", "Wound care shared-care protocol v2",
                "Within 1 working day", "A podiatrist sees you within a day or two. Bring your shoes.",
                "", "Short-staffed until March: phone the hub first.",
                "https://www.nhs.uk/conditions/diabetes/\nhttps://example.org/podiatry-hub");
        StepFields clinic = new StepFields("Multidisciplinary foot clinic", "", CareSetting.SECONDARY,
                "Diabetic foot MDT", "", "", "X-ray, MRI if osteomyelitis suspected", false,
                "Hospital starts antibiotics; GP continues \"as directed\" \u00a3 costs < 5", "", "Within 2 weeks",
                "You see a team of foot specialists at the hospital.", "", "", "");
        StepFields followUp = StepFields.titled("Follow-up after healing", CareSetting.PRIMARY);
        Stage screening = new Stage("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a05", "Screening and triage",
                List.of(new Step(REFERRAL, referral), new Step(FOOT_CHECK, footCheck, List.of(
                        new Branch("Infection or ischaemia", CLINIC), new Branch("Healing well", FOLLOW_UP)))));
        Stage specialist = new Stage("1f2a3b4c-5d6e-4f70-8192-a3b4c5d6e706", "Specialist care",
                List.of(new Step(CLINIC, clinic), new Step(FOLLOW_UP, followUp)));
        List<Handover> handovers = List.of(
                new Handover("3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c07", FOOT_CHECK, CLINIC,
                        new HandoverFields("Spreading infection or ischaemia", "Photos, swab results, medicines",
                                HandoverFields.DEFAULT_PENDING_RESULTS, "Seen within 2 weeks")),
                new Handover("4b5c6d7e-8f90-4a1b-8c2d-3e4f5a6b7c08", REFERRAL, FOOT_CHECK,
                        new HandoverFields("High-risk foot found", "", "The practice nurse", "")),
                new Handover("5c6d7e8f-9012-4b3c-8d4e-5f6a7b8c9d09", CLINIC, FOLLOW_UP,
                        HandoverFields.triggeredBy("Ulcer healed")));
        VersionSummary version = new VersionSummary(3, 7, "Community podiatry now sees urgent referrals first.",
                "Dr Asha Patel", PUBLISHED, LocalDate.of(2028, 11, 20), List.of(
                        new Agreement(CareSetting.PRIMARY, "Dr Asha Patel", PUBLISHED.minusSeconds(3600), 2),
                        new Agreement(CareSetting.SECONDARY, "Mr Tom Reid", PUBLISHED.minusSeconds(7200), 2)));
        return new PublishedPathway(42, "Diabetic foot care, North Tyneside", "Diabetic foot care",
                "North Tyneside", version, new PathwaySnapshot(List.of(screening, specialist), handovers));
    }

    static PlanDefinition parse(String json) {
        return fhir.newJsonParser().parseResource(PlanDefinition.class, json);
    }

    /** The pathway as a receiving system that knows JoinedUp's extensions reads it back. */
    static PathwaySnapshot read(PlanDefinition plan) {
        List<Stage> stages = new ArrayList<>();
        List<Handover> handovers = new ArrayList<>();
        for (PlanDefinitionActionComponent stage : plan.getAction()) {
            List<Step> steps = new ArrayList<>();
            for (PlanDefinitionActionComponent step : stage.getAction()) {
                List<Branch> branches = new ArrayList<>();
                for (PlanDefinitionActionRelatedActionComponent related : step.getRelatedAction()) {
                    if (related.hasExtension(JoinedUpFhir.BRANCH)) {
                        branches.add(new Branch(text(related, JoinedUpFhir.BRANCH), related.getActionId()));
                        continue;
                    }
                    handovers.add(new Handover(related.getId(), related.getActionId(), step.getId(),
                            new HandoverFields(text(related, JoinedUpFhir.HANDOVER_TRIGGER),
                                    text(related, JoinedUpFhir.HANDOVER_INFORMATION),
                                    text(related, JoinedUpFhir.HANDOVER_PENDING_RESULTS),
                                    text(related, JoinedUpFhir.HANDOVER_RESPONSE_TIME))));
                }
                steps.add(new Step(step.getId(), stepFields(step), branches));
            }
            stages.add(new Stage(stage.getId(), stage.getTitle(), steps));
        }
        return new PathwaySnapshot(stages, handovers);
    }

    private static StepFields stepFields(PlanDefinitionActionComponent step) {
        Coding setting = (Coding) step.getExtensionByUrl(JoinedUpFhir.CARE_SETTING).getValue();
        assertThat(setting.getSystem()).isEqualTo(JoinedUpFhir.CARE_SETTING_SYSTEM);
        String evidence = step.getDocumentation().stream()
                .filter(artifact -> artifact.getType() == RelatedArtifactType.JUSTIFICATION)
                .map(RelatedArtifact::getCitation).findFirst().orElse("");
        String links = step.getDocumentation().stream()
                .filter(artifact -> artifact.getType() == RelatedArtifactType.DOCUMENTATION)
                .map(RelatedArtifact::getUrl).collect(Collectors.joining("\n"));
        return new StepFields(step.getTitle(), step.hasDescription() ? step.getDescription() : "",
                careSetting(setting.getCode()),
                step.hasParticipant() ? step.getParticipantFirstRep().getRole().getText() : "",
                text(step, JoinedUpFhir.ENTRY_CRITERIA), text(step, JoinedUpFhir.EXIT_CRITERIA),
                text(step, JoinedUpFhir.DIAGNOSTICS),
                ((BooleanType) step.getExtensionByUrl(JoinedUpFhir.DIAGNOSTICS_IN_COMMUNITY).getValue()).booleanValue(),
                text(step, JoinedUpFhir.PRESCRIBING), text(step, JoinedUpFhir.SHARED_CARE_PROTOCOL),
                text(step, JoinedUpFhir.TIMESCALE), text(step, JoinedUpFhir.PATIENT_EXPECTATIONS), evidence,
                text(step, JoinedUpFhir.INTERIM_NOTE), links);
    }

    private static CareSetting careSetting(String code) {
        return Arrays.stream(CareSetting.values()).filter(setting -> JoinedUpFhir.code(setting).equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("Unknown care setting code " + code));
    }

    private static String text(Element element, String url) {
        Extension extension = element.getExtensionByUrl(url);
        return extension == null ? "" : extension.getValue().primitiveValue();
    }
}
