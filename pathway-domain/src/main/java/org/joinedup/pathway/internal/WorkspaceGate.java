package org.joinedup.pathway.internal;

import java.util.EnumSet;
import java.util.Set;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspacePermissions;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Works out, from the database at the moment of asking, what the signed-in person may do
 * in a workspace, and refuses what they may not. Every service method goes through here,
 * so a member removed a moment ago is refused at their next action. A workspace that
 * does not exist is refused with the same words as one the person may not open, so a
 * guessed address reveals nothing.
 */
@Component
public class WorkspaceGate {

    public static final String NO_ACCESS = "You do not have access to this workspace. If you were a member, the convenor may have removed you.";

    private final WorkspaceRepository workspaces;
    private final MemberRepository members;
    private final RepresentationRule representation;

    public WorkspaceGate(WorkspaceRepository workspaces, MemberRepository members, RepresentationRule representation) {
        this.workspaces = workspaces;
        this.members = members;
        this.representation = representation;
    }

    /**
     * A membership names a workspace that exists (a foreign key), so the workspace is read
     * only for someone who is not a member: one query fewer on every call by a member, and
     * each live change makes every co-editor's page call here.
     */
    public WorkspacePermissions permissions(long workspaceId) {
        long me = CurrentPerson.id();
        var membership = members.findByWorkspaceIdAndPersonId(workspaceId, me);
        if (membership.isPresent()) {
            WorkspaceMember member = membership.get();
            Set<CareSetting> signsFor = representation.signs(member)
                    ? EnumSet.of(member.careSetting()) : EnumSet.noneOf(CareSetting.class);
            return new WorkspacePermissions(workspaceId, member.role(), member.role().readsDraft(), member.role().edits(),
                    member.role() == WorkspaceRole.CONVENOR, signsFor);
        }
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow(() -> new WorkspaceAccessDeniedException(NO_ACCESS));
        if (workspace.visibility() == WorkspaceVisibility.ALL_CLINICIANS && signedInAsClinician()) {
            return new WorkspacePermissions(workspaceId, null, true, false, false, EnumSet.noneOf(CareSetting.class));
        }
        throw new WorkspaceAccessDeniedException(NO_ACCESS);
    }

    public WorkspacePermissions requireRead(long workspaceId) {
        WorkspacePermissions permissions = permissions(workspaceId);
        if (!permissions.readsDraft()) {
            throw new WorkspaceAccessDeniedException("Patient partners see the published pathway as patients will and take part through the workspace's forum threads.");
        }
        return permissions;
    }

    public WorkspacePermissions requireEdit(long workspaceId) {
        WorkspacePermissions permissions = permissions(workspaceId);
        if (!permissions.edits()) {
            throw new WorkspaceAccessDeniedException("Your role in this workspace lets you read and comment, not edit.");
        }
        return permissions;
    }

    public WorkspacePermissions requireConvenor(long workspaceId) {
        WorkspacePermissions permissions = permissions(workspaceId);
        if (!permissions.convenes()) {
            throw new WorkspaceAccessDeniedException("Only the workspace's convenors can do this.");
        }
        return permissions;
    }

    public WorkspacePermissions requireSignOff(long workspaceId, CareSetting setting) {
        WorkspacePermissions permissions = permissions(workspaceId);
        if (!permissions.signsFor().contains(setting)) {
            throw new WorkspaceAccessDeniedException("Only a representative of " + setting.label()
                    + " in this workspace who works in it (or holds an administrator's exception) can sign off for it.");
        }
        return permissions;
    }

    /**
     * Published versions are the pathway library: every signed-in clinician reads them, and
     * members who read the draft, unless the workspace is confidential, when only members do.
     * Whether anything has been published is the caller's question.
     */
    public void requireReadPublished(long workspaceId) {
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow(() -> new WorkspaceAccessDeniedException(NO_ACCESS));
        var membership = members.findByWorkspaceIdAndPersonId(workspaceId, CurrentPerson.id());
        if (membership.isPresent() && membership.get().role().readsDraft()) {
            return;
        }
        if (!workspace.confidential() && signedInAsClinician()) {
            return;
        }
        if (membership.isPresent()) {
            throw new WorkspaceAccessDeniedException("Patient partners see the published pathway as patients will and take part through the workspace's forum threads.");
        }
        throw new WorkspaceAccessDeniedException(NO_ACCESS);
    }

    /**
     * The "what to expect" page of a published version: every member, and, unless the
     * workspace is confidential, every signed-in clinician and patient partner.
     */
    public void requireReadPatientPage(long workspaceId) {
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow(() -> new WorkspaceAccessDeniedException(NO_ACCESS));
        if (members.findByWorkspaceIdAndPersonId(workspaceId, CurrentPerson.id()).isPresent()) {
            return;
        }
        if (!workspace.confidential() && (signedInAsClinician() || signedInWith(Role.PATIENT_PARTNER))) {
            return;
        }
        throw new WorkspaceAccessDeniedException(NO_ACCESS);
    }

    /**
     * "Open to every clinician" means people who hold the clinician role: moderators, round
     * facilitators, QI leads and administrators count only if they hold it too.
     */
    public static boolean signedInAsClinician() {
        return signedInWith(Role.CLINICIAN);
    }

    private static boolean signedInWith(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }
}
