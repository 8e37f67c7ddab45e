package org.joinedup.pathway.fhir;

import static org.joinedup.pathway.fhir.JoinedUpFhir.CARE_SETTING_SYSTEM;

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
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.ActionConditionKind;
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
import org.joinedup.pathway.draft.FieldKind;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Branch;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.Agreement;
import org.joinedup.pathway.proposal.PublishedPathway;
import org.joinedup.platform.time.PortalTime;

/**
 * A published pathway as a FHIR R4 PlanDefinition: one action per stage in journey order,
 * and within it one action per step, whose element id is the step's stable key. A
 * hand-over is a related action on the step that receives the patient, pointing back to
 * the step they come from. A decision's branches are related actions on the decision, in
 * order, each pointing to the step its answer leads to and labelled with the answer; that
 * step carries an applicability condition saying which decision and answer lead there.
 * Fields FHIR has no element for travel in JoinedUp's extensions ({@link JoinedUpFhir});
 * fields that were not stated are left out.
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
        for (StepField field : StepField.values()) {
            map(field, fields, action);
        }
        for (Handover handover : content.handovers()) {
            if (handover.toStepKey().equals(step.key())) {
                action.addRelatedAction(handover(handover));
            }
        }
        for (Branch branch : step.branches()) {
            PlanDefinitionActionRelatedActionComponent related = action.addRelatedAction();
            related.setActionId(branch.targetStepKey());
            related.setRelationship(ActionRelationshipType.BEFORESTART);
            related.addExtension(JoinedUpFhir.BRANCH, new StringType(branch.label()));
        }
        List<String> reachedWhen = content.steps().flatMap(decision -> decision.branches().stream()
                .filter(branch -> branch.targetStepKey().equals(step.key()))
                .map(branch -> "\u201c" + decision.fields().title() + "\u201d is answered \u201c" + branch.label()
                        + "\u201d"))
                .toList();
        if (!reachedWhen.isEmpty()) {
            action.addCondition().setKind(ActionConditionKind.APPLICABILITY).setExpression(new Expression()
                    .setLanguage(JoinedUpFhir.CONDITION_LANGUAGE).setExpression(String.join(" or ", reachedWhen))
                    .setDescription("Reached from a decision"));
        }
        return action;
    }

    /** Puts one field of a step where FHIR has an element for it, or else in the field's own extension. */
    private static void map(StepField field, StepFields fields, PlanDefinitionActionComponent action) {
        String text = field.text(fields);
        switch (field) {
            case TITLE -> action.setTitle(text);
            case DESCRIPTION -> {
                if (stated(text)) {
                    action.setDescription(text);
                }
            }
            case RESPONSIBLE -> {
                if (stated(text)) {
                    action.addParticipant().setType(ActionParticipantType.PRACTITIONER)
                            .setRole(new CodeableConcept().setText(text));
                }
            }
            case EVIDENCE -> {
                if (stated(text)) {
                    action.addDocumentation(new RelatedArtifact().setType(RelatedArtifactType.JUSTIFICATION)
                            .setLabel(field.label()).setCitation(text));
                }
            }
            default -> {
                if (field.kind() == FieldKind.LINKS) {
                    text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(address -> action
                            .addDocumentation(new RelatedArtifact().setType(RelatedArtifactType.DOCUMENTATION)
                                    .setUrl(address)));
                } else {
                    extend(action, JoinedUpFhir.extension(field), field.kind(), field.of(fields));
                }
            }
        }
    }

    private static PlanDefinitionActionRelatedActionComponent handover(Handover handover) {
        PlanDefinitionActionRelatedActionComponent related = new PlanDefinitionActionRelatedActionComponent();
        related.setId(handover.key());
        related.setActionId(handover.fromStepKey());
        related.setRelationship(ActionRelationshipType.AFTEREND);
        for (HandoverField field : HandoverField.values()) {
            extend(related, JoinedUpFhir.extension(field), field.kind(), field.of(handover.fields()));
        }
        return related;
    }

    /** A field in its extension, typed by its kind; text that was not stated is left out. */
    private static void extend(Element element, String url, FieldKind kind, Object value) {
        switch (kind) {
            case CARE_SETTING -> element.addExtension(url, careSetting((CareSetting) value));
            case YES_NO -> element.addExtension(url, new BooleanType((Boolean) value));
            case SHORT_TEXT, LINKS -> extend(element, url, (String) value, StringType::new);
            case LONG_TEXT, MARKDOWN -> extend(element, url, (String) value, MarkdownType::new);
        }
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
