package org.joinedup.pathway.library;

import java.time.Clock;

import jakarta.validation.Valid;

import org.joinedup.pathway.internal.DraftContent;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceOrigin;
import org.joinedup.pathway.internal.WorkspaceOriginRepository;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.internal.WorkspaceWideChange;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Starts a workspace in another locality from a published version: whoever may read the
 * version in the library and may open workspaces becomes the new workspace's convenor, its
 * draft is the version's content, and it records where it came from. The two workspaces are
 * independent from then on: nothing flows back.
 */
@Service
@Validated
public class PathwayCopies {

    private static final Logger log = LoggerFactory.getLogger(PathwayCopies.class);

    private final WorkspaceService workspaceService;
    private final WorkspaceRepository workspaces;
    private final VersionRepository versions;
    private final WorkspaceOriginRepository origins;
    private final DraftContent drafts;
    private final SnapshotJson json;
    private final WorkspaceGate gate;
    private final WorkspaceActivity activity;
    private final Clock clock;

    PathwayCopies(WorkspaceService workspaceService, WorkspaceRepository workspaces, VersionRepository versions,
            WorkspaceOriginRepository origins, DraftContent drafts, SnapshotJson json, WorkspaceGate gate,
            WorkspaceActivity activity, Clock clock) {
        this.workspaceService = workspaceService;
        this.workspaces = workspaces;
        this.versions = versions;
        this.origins = origins;
        this.drafts = drafts;
        this.json = json;
        this.gate = gate;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * A new members-only workspace for the same condition in {@code copy.locality()}, whose
     * draft is the published version; the caller is its convenor.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public WorkspaceDetails copyToLocality(long workspaceId, int versionNumber, @Valid LocalCopy copy) {
        gate.requireReadPublished(workspaceId);
        Workspace source = workspaces.findById(workspaceId).orElseThrow();
        PathwayVersion version = versions.findByWorkspaceIdAndNumber(workspaceId, versionNumber)
                .orElseThrow(() -> new InvalidInputException("versionNumber", "Version " + versionNumber
                        + " of " + source.title() + " has not been published."));
        String locality = copy.locality().strip();
        if (locality.equalsIgnoreCase(source.locality())) {
            throw new InvalidInputException("locality", "This pathway is already " + source.locality()
                    + "'s. Give the locality the copy is for.");
        }
        WorkspaceDetails created = workspaceService.create(new NewWorkspace(source.condition(), locality,
                WorkspaceVisibility.MEMBERS_ONLY, source.reviewIntervalMonths()));
        drafts.lock(created.id());
        drafts.replaceWith(created.id(), json.read(version.content()));
        origins.saveAndFlush(new WorkspaceOrigin(created.id(), workspaceId, versionNumber, clock.instant()));
        activity.record(new WorkspaceWideChange.CopiedFromAnotherLocality(created.id(), workspaceId, source.title(),
                versionNumber));
        log.info("Workspace {} started from version {} of workspace {}", created.id(), versionNumber, workspaceId);
        return workspaceService.workspace(created.id());
    }
}
