package org.joinedup.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.documents.DocumentDetails;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.documents.DocumentUpload;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;

/**
 * A workspace built through the services as people build one: a stage with two primary
 * care steps joined by a hand-over, an empty stage, a comment, a leaflet for patients on the
 * first step, a published first version and an open proposal for a later change. The demo GP convenes it and the LMC nominee
 * signs off for primary care.
 */
record WorkspaceFixture(long workspaceId, long workspaceVersion, long stageId, long stageVersion, long emptyStageId,
        long stepId, long stepVersion, long otherStepId, long handoverId, long handoverVersion, long commentId,
        long proposalId, int versionNumber, long documentId, long revisionId) {

    static final String CONVENOR = "gp";
    static final String REPRESENTATIVE = "lmc";
    static final CareSetting REPRESENTED = CareSetting.PRIMARY;
    /** A leaflet as a person uploads one: a title, for patients, a plain-text file. */
    static final DocumentUpload LEAFLET = new DocumentUpload("Looking after your kidneys", true, "kidneys.txt",
            "Drink plenty of water and bring your medicines to each review.\n".getBytes(StandardCharsets.UTF_8));

    /** The services a fixture is built with, and a way to sign in as a demo person by the local part of their address. */
    record Services(WorkspaceService workspaces, DraftService drafts, CommentService comments, ProposalService proposals,
            PathwayHistory history, DocumentService documents, Consumer<String> signInAs) {
    }

    static WorkspaceFixture build(Services services, WorkspaceVisibility visibility, String condition,
            Consumer<Long> addMembers) {
        services.signInAs().accept(CONVENOR);
        WorkspaceDetails workspace = services.workspaces().create(new NewWorkspace(condition, "East Place", visibility, 24));
        long id = workspace.id();
        addMembers.accept(id);
        services.signInAs().accept(CONVENOR);
        StageDetails stage = services.drafts().addStage(id, "Diagnosis in general practice");
        StageDetails emptyStage = services.drafts().addStage(id, "Follow-up");
        StepDetails step = services.drafts().addStep(stage.id(), StepFields.titled("Check eGFR and ACR", REPRESENTED));
        StepDetails other = services.drafts().addStep(stage.id(), StepFields.titled("Review medicines", REPRESENTED));
        HandoverDetails handover = services.drafts().addHandover(step.id(), other.id(),
                HandoverFields.triggeredBy("eGFR below 30"));
        long commentId = services.comments().addComment(step.id(), "Should this say annually?").id();
        DocumentDetails leaflet = services.documents().upload(step.id(), LEAFLET);
        LocalDate deadline = LocalDate.now().plusDays(14);
        long first = services.proposals().open(id, "First agreed version", deadline).id();
        services.signInAs().accept(REPRESENTATIVE);
        services.proposals().agree(first, 1, REPRESENTED);
        services.signInAs().accept(CONVENOR);
        int versionNumber = services.proposals().publish(first).number();
        StepDetails published = services.drafts().step(step.id());
        StepDetails changed = services.drafts().saveStep(step.id(), published.version(),
                published.fields().withDescription("Every year; twice a year when ACR is over 30."));
        long proposalId = services.proposals().open(id, "Six-monthly checks for higher ACR", deadline).id();
        long workspaceVersion = services.workspaces().workspace(id).version();
        long stageVersion = services.drafts().open(id).stages().stream().filter(s -> s.id() == stage.id())
                .findFirst().orElseThrow().version();
        long handoverVersion = services.drafts().open(id).handovers().stream().filter(h -> h.id() == handover.id())
                .findFirst().orElseThrow().version();
        return new WorkspaceFixture(id, workspaceVersion, stage.id(), stageVersion, emptyStage.id(), step.id(),
                changed.version(), other.id(), handover.id(), handoverVersion, commentId, proposalId, versionNumber,
                leaflet.id(), leaflet.current().id());
    }

    /** Adds a member as the convenor. */
    static void add(Services services, long workspaceId, long personId, Membership membership) {
        services.signInAs().accept(CONVENOR);
        services.workspaces().addMember(workspaceId, personId, membership);
    }

    static Membership as(WorkspaceRole role) {
        return Membership.of(role);
    }
}
