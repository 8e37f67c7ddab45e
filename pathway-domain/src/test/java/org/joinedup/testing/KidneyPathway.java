package org.joinedup.testing;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small two-setting pathway built through the public services: Dr Priya Shah (gp)
 * convenes; Dr Ben Carter (lmc) represents primary care, Dr Aisha Khan (lnc) secondary
 * care; Jo Williams (nurse) edits; Daniel Hughes (pharmacist) observes; Margaret Hill
 * (patient) is the patient partner. One primary-care step hands over to one
 * secondary-care step.
 */
public record KidneyPathway(long workspaceId, long recognitionStage, long assessmentStage, long gpStep, long clinicStep,
        long handover) {

    public static KidneyPathway create(WorkspaceService workspaces, DraftService drafts, UserDetailsService users,
            JdbcTemplate jdbc) {
        DemoSignIn.as(users, "gp");
        WorkspaceDetails workspace = workspaces.create(new NewWorkspace("Chronic kidney disease", "Test Place",
                WorkspaceVisibility.MEMBERS_ONLY, 24));
        long id = workspace.id();
        workspaces.addMember(id, personId(jdbc, "lmc"), Membership.representing(CareSetting.PRIMARY));
        workspaces.addMember(id, personId(jdbc, "lnc"), Membership.representing(CareSetting.SECONDARY));
        workspaces.addMember(id, personId(jdbc, "nurse"), Membership.of(WorkspaceRole.EDITOR));
        workspaces.addMember(id, personId(jdbc, "pharmacist"), Membership.of(WorkspaceRole.OBSERVER));
        workspaces.addMember(id, personId(jdbc, "patient"), Membership.of(WorkspaceRole.PATIENT_PARTNER));
        StageDetails recognition = drafts.addStage(id, "Recognition");
        StageDetails assessment = drafts.addStage(id, "Assessment");
        StepDetails gp = drafts.addStep(recognition.id(), StepFields.titled("Annual kidney check", CareSetting.PRIMARY)
                .withDescription("eGFR and urine ACR once a year for people at risk."));
        StepDetails clinic = drafts.addStep(assessment.id(), StepFields.titled("Renal clinic review", CareSetting.SECONDARY));
        HandoverDetails handover = drafts.addHandover(gp.id(), clinic.id(),
                HandoverFields.triggeredBy("eGFR falls by 25% or more within 12 months"));
        DemoSignIn.nobody();
        return new KidneyPathway(id, recognition.id(), assessment.id(), gp.id(), clinic.id(), handover.id());
    }

    public static long personId(JdbcTemplate jdbc, String demoLocalPart) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class,
                demoLocalPart + DemoSignIn.DOMAIN);
    }
}
