package org.joinedup.pathway.fhir;

import static org.joinedup.pathway.fhir.JoinedUpFhir.CARE_SETTING;
import static org.joinedup.pathway.fhir.JoinedUpFhir.CARE_SETTING_SYSTEM;
import static org.joinedup.pathway.fhir.JoinedUpFhir.DIAGNOSTICS;
import static org.joinedup.pathway.fhir.JoinedUpFhir.DIAGNOSTICS_IN_COMMUNITY;
import static org.joinedup.pathway.fhir.JoinedUpFhir.ENTRY_CRITERIA;
import static org.joinedup.pathway.fhir.JoinedUpFhir.EXIT_CRITERIA;
import static org.joinedup.pathway.fhir.JoinedUpFhir.HANDOVER_INFORMATION;
import static org.joinedup.pathway.fhir.JoinedUpFhir.HANDOVER_PENDING_RESULTS;
import static org.joinedup.pathway.fhir.JoinedUpFhir.HANDOVER_RESPONSE_TIME;
import static org.joinedup.pathway.fhir.JoinedUpFhir.HANDOVER_TRIGGER;
import static org.joinedup.pathway.fhir.JoinedUpFhir.INTERIM_NOTE;
import static org.joinedup.pathway.fhir.JoinedUpFhir.PATIENT_EXPECTATIONS;
import static org.joinedup.pathway.fhir.JoinedUpFhir.PRESCRIBING;
import static org.joinedup.pathway.fhir.JoinedUpFhir.SHARED_CARE_PROTOCOL;
import static org.joinedup.pathway.fhir.JoinedUpFhir.TIMESCALE;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.ActionParticipantType;
import org.hl7.fhir.r4.model.PlanDefinition.ActionRelationshipType;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionRelatedActionComponent;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.RelatedArtifact.RelatedArtifactType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UsageContext;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.proposal.PublishedPathway;
import org.joinedup.platform.time.PortalTime;

/**
 * A published pathway as a FHIR R4 PlanDefinition: one action per stage in journey order,
 * and within it one action per step, whose element id is the step's stable key. A
 * hand-over is a related action on the step that receives the patient, pointing back to
 * the step they come from. Fields FHIR has no element for travel in JoinedUp's extensions
 * ({@link JoinedUpFhir}); fields that were not stated are left out.
 */
final class PlanDefinitionMapper {

    private static final String PLAN_DEFINITION_TYPES = "http://terminology.hl7.org/CodeSystem/plan-definition-type";
    private static final String USAGE_CONTEXT_TYPES = "http://terminology.hl7.org/CodeSystem/usage-context-type";

    private PlanDefinitionMapper() {
    }

    /** The PlanDefinition as indented JSON. */
    static String toJson(FhirContext fhir, PublishedPathway pathway) {
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(toPlanDefinition(pathway));
    }

    static PlanDefinition toPlanDefinition(PublishedPathway pathway) {
        PlanDefinition plan = new PlanDefinition();
        plan.setId("pathway-" + pathway.workspaceId());
        plan.setUrl(JoinedUpFhir.PLAN_DEFINITION_BASE + "pathway-" + pathway.workspaceId());
        plan.setVersion(Integer.toString(pathway.version().number()));
        plan.setTitle(pathway.title());
        plan.setType(new CodeableConcept(
                new Coding(PLAN_DEFINITION_TYPES, "clinical-protocol", "Clinical Protocol")));
        plan.setStatus(PublicationStatus.ACTIVE);
        plan.setDate(Date.from(pathway.version().publishedAt()));
        plan.setApprovalDateElement(new DateType(
                LocalDate.ofInstant(pathway.version().publishedAt(), PortalTime.ZONE).toString()));
        plan.setPublisher("JoinedUp");
        plan.setDescription(description(pathway));
        plan.addUseContext(new UsageContext(new Coding(USAGE_CONTEXT_TYPES, "focus", "Clinical Focus"),
                new CodeableConcept().setText(pathway.condition())));
        plan.addJurisdiction(new CodeableConcept().setText(pathway.locality()));
        plan.addAuthor(new ContactDetail().setName(pathway.version().publishedBy()));
        for (Agreement agreement : pathway.version().agreements()) {
            plan.addEndorser(new ContactDetail()
                    .setName(agreement.agreedBy() + ", for " + agreement.careSetting().label()));
        }
        List<Stage> stages = pathway.content().stages();
        for (int index = 0; index < stages.size(); index++) {
            plan.addAction(stageAction(stages.get(index), index + 1, pathway.content()));
        }
        return plan;
    }

    private static String description(PublishedPathway pathway) {
        String scope = "Care pathway for " + pathway.condition() + " in " + pathway.locality() + ".";
        String summary = pathway.version().summary();
        return summary == null || summary.isBlank() ? scope
                : scope + "\n\nVersion " + pathway.version().number() + ": " + summary.strip();
    }

    private static PlanDefinitionActionComponent stageAction(Stage stage, int number, PathwaySnapshot content) {
        PlanDefinitionActionComponent action = new PlanDefinitionActionComponent();
        action.setId(stage.key());
        action.setPrefix(Integer.toString(number));
        action.setTitle(stage.title());
        List<Step> steps = stage.steps();
        for (int index = 0; index < steps.size(); index++) {
            action.addAction(stepAction(steps.get(index), number + "." + (index + 1), content));
        }
        return action;
    }

    private static PlanDefinitionActionComponent stepAction(Step step, String prefix, PathwaySnapshot content) {
        StepFields fields = step.fields();
        PlanDefinitionActionComponent action = new PlanDefinitionActionComponent();
        action.setId(step.key());
        action.setPrefix(prefix);
        action.setTitle(fields.title());
        if (stated(fields.description())) {
            action.setDescription(fields.description());
        }
        action.addExtension(CARE_SETTING, careSetting(fields.careSetting()));
        if (stated(fields.responsible())) {
            action.addParticipant().setType(ActionParticipantType.PRACTITIONER)
                    .setRole(new CodeableConcept().setText(fields.responsible()));
        }
        extend(action, TIMESCALE, fields.timescale(), StringType::new);
        extend(action, PATIENT_EXPECTATIONS, fields.patientExpectations(), MarkdownType::new);
        extend(action, ENTRY_CRITERIA, fields.entryCriteria(), MarkdownType::new);
        extend(action, EXIT_CRITERIA, fields.exitCriteria(), MarkdownType::new);
        extend(action, DIAGNOSTICS, fields.diagnostics(), MarkdownType::new);
        action.addExtension(DIAGNOSTICS_IN_COMMUNITY, new BooleanType(fields.diagnosticsInCommunity()));
        extend(action, PRESCRIBING, fields.prescribing(), MarkdownType::new);
        extend(action, SHARED_CARE_PROTOCOL, fields.sharedCareProtocol(), StringType::new);
        extend(action, INTERIM_NOTE, fields.interimNote(), MarkdownType::new);
        if (stated(fields.evidence())) {
            action.addDocumentation(new RelatedArtifact().setType(RelatedArtifactType.JUSTIFICATION)
                    .setLabel("Evidence").setCitation(fields.evidence()));
        }
        fields.links().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(address ->
                action.addDocumentation(new RelatedArtifact().setType(RelatedArtifactType.DOCUMENTATION)
                        .setUrl(address)));
        for (Handover handover : content.handovers()) {
            if (handover.toStepKey().equals(step.key())) {
                action.addRelatedAction(handover(handover));
            }
        }
        return action;
    }

    private static PlanDefinitionActionRelatedActionComponent handover(Handover handover) {
        HandoverFields fields = handover.fields();
        PlanDefinitionActionRelatedActionComponent related = new PlanDefinitionActionRelatedActionComponent();
        related.setId(handover.key());
        related.setActionId(handover.fromStepKey());
        related.setRelationship(ActionRelationshipType.AFTEREND);
        extend(related, HANDOVER_TRIGGER, fields.trigger(), MarkdownType::new);
        extend(related, HANDOVER_INFORMATION, fields.information(), MarkdownType::new);
        extend(related, HANDOVER_PENDING_RESULTS, fields.pendingResults(), StringType::new);
        extend(related, HANDOVER_RESPONSE_TIME, fields.responseTime(), StringType::new);
        return related;
    }

    private static Coding careSetting(CareSetting setting) {
        return new Coding(CARE_SETTING_SYSTEM, JoinedUpFhir.code(setting), setting.label());
    }

    private static void extend(Element element, String url, String text, Function<String, Type> type) {
        if (stated(text)) {
            element.addExtension(url, type.apply(text));
        }
    }

    private static boolean stated(String text) {
        return text != null && !text.isBlank();
    }
}
