package org.joinedup.pathway.proposal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.draft.PathwayDiff;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.internal.ChangeProposal;
import org.joinedup.pathway.internal.DraftContent;
import org.joinedup.pathway.internal.DraftReplaced;
import org.joinedup.pathway.internal.DraftSnapshot;
import org.joinedup.pathway.internal.PathwayReaders;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.ProposalRepository;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published versions: listed with who agreed and when, read whole, compared field by
 * field, and restored into the draft (which then goes through sign-off like any change).
 * Whatever a restore replaces is kept, comments included, and a convenor can bring it back;
 * bringing one back keeps the draft it replaces in turn, so nothing in a draft is lost.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PathwayHistory {

    private final VersionRepository versions;
    private final ProposalRepository proposals;
    private final WorkspaceRepository workspaces;
    private final ProposalQueries proposalQueries;
    private final DraftContent drafts;
    private final WorkspaceGate gate;
    private final WorkspaceActivity activity;
    private final SnapshotJson json;
    private final PersonNames names;
    private final ReplacedDrafts replaced;
    private final PathwayReaders readers;

    PathwayHistory(VersionRepository versions, ProposalRepository proposals, WorkspaceRepository workspaces,
            ProposalQueries proposalQueries, DraftContent drafts, WorkspaceGate gate, WorkspaceActivity activity,
            SnapshotJson json, PersonNames names, ReplacedDrafts replaced, PathwayReaders readers) {
        this.versions = versions;
        this.proposals = proposals;
        this.workspaces = workspaces;
        this.proposalQueries = proposalQueries;
        this.drafts = drafts;
        this.gate = gate;
        this.activity = activity;
        this.json = json;
        this.names = names;
        this.replaced = replaced;
        this.readers = readers;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<VersionSummary> versions(long workspaceId, int offset, int limit) {
        gate.requireReadPublished(workspaceId);
        int size = Math.max(1, limit);
        return versions.findByWorkspaceId(workspaceId, PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "number")))
                .stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public long countVersions(long workspaceId) {
        gate.requireReadPublished(workspaceId);
        return versions.countByWorkspaceId(workspaceId);
    }

    @Transactional(readOnly = true)
    public PublishedPathway published(long workspaceId, int versionNumber) {
        gate.requireReadPublished(workspaceId);
        PublishedPathway pathway = pathway(version(workspaceId, versionNumber));
        readers.opened(workspaceId, PathwayReaders.Page.PATHWAY);
        return pathway;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedPathway> latest(long workspaceId) {
        gate.requireReadPublished(workspaceId);
        return versions.findFirstByWorkspaceIdOrderByNumberDesc(workspaceId).map(this::pathway);
    }

    /** What patients see of a version: every member, and every clinician and patient partner unless confidential. */
    @Transactional(readOnly = true)
    public PatientPathway forPatients(long workspaceId, int versionNumber) {
        gate.requireReadPatientPage(workspaceId);
        PathwayVersion version = version(workspaceId, versionNumber);
        readers.opened(workspaceId, PathwayReaders.Page.PATIENT_PAGE);
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow();
        PathwaySnapshot content = json.read(version.content());
        List<PatientPathway.Stage> stages = content.stages().stream()
                .map(stage -> new PatientPathway.Stage(stage.title(), stage.steps().stream()
                        .filter(step -> !step.fields().patientExpectations().isBlank())
                        .map(step -> new PatientPathway.Step(step.fields().title(), step.fields().careSetting(),
                                step.fields().patientExpectations(), step.fields().timescale()))
                        .toList()))
                .filter(stage -> !stage.steps().isEmpty())
                .toList();
        return new PatientPathway(workspaceId, workspace.title(), workspace.condition(), workspace.locality(),
                version.number(), version.publishedAt(), stages);
    }

    /** The latest version's number, for the patient-facing view; empty before the first publication. */
    @Transactional(readOnly = true)
    public Optional<Integer> latestVersionNumber(long workspaceId) {
        gate.requireReadPatientPage(workspaceId);
        return versions.findFirstByWorkspaceIdOrderByNumberDesc(workspaceId).map(PathwayVersion::number);
    }

    /** What changed from version {@code from} to version {@code to}; 0 stands for "nothing published yet". */
    @Transactional(readOnly = true)
    public List<PathwayChange> compare(long workspaceId, int from, int to) {
        gate.requireReadPublished(workspaceId);
        return PathwayDiff.between(content(workspaceId, from), content(workspaceId, to));
    }

    /** What the draft changes compared with a version. */
    @Transactional(readOnly = true)
    public List<PathwayChange> compareWithDraft(long workspaceId, int versionNumber) {
        gate.requireRead(workspaceId);
        return PathwayDiff.between(content(workspaceId, versionNumber), drafts.snapshot(workspaceId));
    }

    /**
     * Replaces the draft with an older version's content; convenors only. Comments on steps
     * it keeps stay; the draft it replaces is kept whole, with all its comments, and can be
     * brought back.
     */
    @Transactional
    public void restore(long workspaceId, int versionNumber) {
        gate.requireConvenor(workspaceId);
        PathwayVersion version = version(workspaceId, versionNumber);
        drafts.lock(workspaceId);
        DraftSnapshot kept = replaced.keep(workspaceId, versionNumber, null);
        drafts.replaceWith(workspaceId, json.read(version.content()));
        activity.record(new DraftReplaced.VersionRestored(workspaceId, versionNumber, kept.id()));
    }

    /** Drafts that restores (or bringing one back) replaced, newest first; for anyone who may read the draft. */
    @Transactional(readOnly = true)
    public List<ReplacedDraft> replacedDrafts(long workspaceId) {
        gate.requireRead(workspaceId);
        return replaced.list(workspaceId);
    }

    /**
     * Makes a replaced draft the draft again, with the comments it had that are no longer
     * there; convenors only. The draft it replaces is kept in its turn.
     */
    @Transactional
    public void bringBack(long workspaceId, long replacedDraftId) {
        gate.requireConvenor(workspaceId);
        drafts.lock(workspaceId);
        DraftSnapshot wanted = replaced.find(workspaceId, replacedDraftId)
                .orElseThrow(() -> new InvalidInputException("replacedDraft", "That replaced draft is not kept in this workspace."));
        DraftSnapshot kept = replaced.keep(workspaceId, null, wanted.id());
        drafts.replaceWith(workspaceId, json.read(wanted.content()));
        int comments = replaced.returnComments(wanted);
        activity.record(new DraftReplaced.DraftBroughtBack(workspaceId, wanted.id(), comments, kept.id()));
    }

    private PathwaySnapshot content(long workspaceId, int number) {
        return number == 0 ? PathwaySnapshot.EMPTY : json.read(version(workspaceId, number).content());
    }

    private PathwayVersion version(long workspaceId, int number) {
        return versions.findByWorkspaceIdAndNumber(workspaceId, number)
                .orElseThrow(() -> new NoSuchElementException("Version " + number + " has not been published."));
    }

    private PublishedPathway pathway(PathwayVersion version) {
        Workspace workspace = workspaces.findById(version.workspaceId()).orElseThrow();
        return new PublishedPathway(workspace.id(), workspace.title(), workspace.condition(), workspace.locality(),
                summary(version), json.read(version.content()));
    }

    private VersionSummary summary(PathwayVersion version) {
        ChangeProposal proposal = proposals.findById(version.proposalId()).orElseThrow();
        return summary(version, proposal.number(), names.of(version.publishedBy()), proposalQueries.agreements(proposal));
    }

    static VersionSummary summary(PathwayVersion version, int proposalNumber, String publishedBy, List<Agreement> agreements) {
        return new VersionSummary(version.number(), proposalNumber, version.summary(), publishedBy, version.publishedAt(),
                version.reviewDue(), agreements);
    }
}
