package org.joinedup.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.proposal.SettingSignOff;
import org.joinedup.pathway.proposal.VersionSummary;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.time.PortalTime;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds and publishes pathways through the public services, each step done by the demo
 * person who would do it: Dr Priya Shah ({@value #CONVENOR}) convenes; Dr Ben Carter,
 * Dr Tomi Okafor and Jo Williams represent primary, secondary and community care;
 * Margaret Hill ({@value #PATIENT_PARTNER}) is a patient partner. Each call signs its
 * person in and then puts back whoever was signed in before. It changes data: tests that use it need
 * {@code @DirtiesContext}.
 */
public final class PathwayFixture {

    public static final String CONVENOR = "gp";
    public static final String PATIENT_PARTNER = "patient";
    /** Signs for each setting a fixture workspace's steps may use. */
    public static final Map<CareSetting, String> REPRESENTATIVES = Map.of(CareSetting.PRIMARY, "lmc",
            CareSetting.SECONDARY, "consultant", CareSetting.COMMUNITY, "nurse");

    private final WorkspaceService workspaces;
    private final DraftService drafts;
    private final ProposalService proposals;
    private final UserDetailsService users;
    private final Clock clock;

    public PathwayFixture(ApplicationContext context) {
        this.workspaces = context.getBean(WorkspaceService.class);
        this.drafts = context.getBean(DraftService.class);
        this.proposals = context.getBean(ProposalService.class);
        this.users = context.getBean(UserDetailsService.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A members-only workspace with the convenor, a representative of each setting and the patient partner. */
    public long workspace(String condition, String locality) {
        return as(CONVENOR, () -> {
            long id = workspaces.create(new NewWorkspace(condition, locality, WorkspaceVisibility.MEMBERS_ONLY,
                    WorkspaceLimits.DEFAULT_REVIEW_MONTHS)).id();
            REPRESENTATIVES.forEach((setting, person) ->
                    workspaces.addMember(id, personId(person), Membership.representing(setting)));
            workspaces.addMember(id, personId(PATIENT_PARTNER), Membership.of(WorkspaceRole.PATIENT_PARTNER));
            return id;
        });
    }

    public StageDetails stage(long workspaceId, String title) {
        return as(CONVENOR, () -> drafts.addStage(workspaceId, title));
    }

    public StepDetails step(StageDetails stage, StepFields fields) {
        return as(CONVENOR, () -> drafts.addStep(stage.id(), fields));
    }

    public HandoverDetails handover(StepDetails from, StepDetails to, HandoverFields fields) {
        return as(CONVENOR, () -> drafts.addHandover(from.id(), to.id(), fields));
    }

    /** Puts the draft forward, has every affected setting's representative agree, and publishes it. */
    public VersionSummary publish(long workspaceId, String summary) {
        ProposalDetails proposal = as(CONVENOR,
                () -> proposals.open(workspaceId, summary, LocalDate.now(clock.withZone(PortalTime.ZONE))));
        for (SettingSignOff signOff : proposal.settings()) {
            String representative = REPRESENTATIVES.get(signOff.careSetting());
            if (representative == null) {
                throw new IllegalStateException("The fixture has nobody to sign for " + signOff.careSetting());
            }
            as(representative, () -> proposals.agree(proposal.id(), proposal.revision(), signOff.careSetting()));
        }
        return as(CONVENOR, () -> proposals.publish(proposal.id()));
    }

    /** The person's id, as the sign-in loads it. */
    public long personId(String demoLocalPart) {
        return ((SignedInPerson) users.loadUserByUsername(demoLocalPart + DemoSignIn.DOMAIN)).personId();
    }

    private <T> T as(String demoLocalPart, Supplier<T> action) {
        return DemoSignIn.actingAs(users, demoLocalPart, action);
    }
}
