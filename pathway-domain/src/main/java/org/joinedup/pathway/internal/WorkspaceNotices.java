package org.joinedup.pathway.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * Who in a workspace hears about what, through the shared notification centre: sign-off
 * requests, mentions, objections, publications and reminders. Called inside the change's
 * transaction, so a notice exists exactly when its change committed.
 */
@Component
public class WorkspaceNotices {

    private final MemberRepository members;
    private final RepresentationRule rule;
    private final NotificationCentre centre;

    public WorkspaceNotices(MemberRepository members, RepresentationRule rule, NotificationCentre centre) {
        this.members = members;
        this.rule = rule;
        this.centre = centre;
    }

    public void mentioned(long workspaceId, Collection<Long> people, String author, String stepTitle) {
        send(people, NotificationKind.MENTION, author + " mentioned you on \u201c" + stepTitle + "\u201d", draftLink(workspaceId));
    }

    public void signOffRequested(long workspaceId, String workspaceTitle, int number, Set<CareSetting> settings) {
        send(representatives(workspaceId, settings), NotificationKind.SIGN_OFF_REQUESTED,
                "Proposal " + number + " for " + workspaceTitle + " needs your sign-off", proposalLink(workspaceId));
    }

    public void objected(long workspaceId, String workspaceTitle, int number, CareSetting setting) {
        send(convenors(workspaceId), NotificationKind.OBJECTION, setting.label() + " objected to proposal " + number + " for "
                + workspaceTitle, proposalLink(workspaceId));
    }

    /** Tells the convenors, and asks whoever can sign for the settings now. */
    public void signOffLapsed(long workspaceId, String workspaceTitle, int number, String formerSignatory, Set<CareSetting> settings) {
        String labels = settings.stream().map(CareSetting::label).collect(Collectors.joining(", "));
        send(convenors(workspaceId), NotificationKind.SIGN_OFF_LAPSED, formerSignatory + "'s sign-off for " + labels
                + " on proposal " + number + " for " + workspaceTitle + " no longer stands: " + labels
                + " must sign again", proposalLink(workspaceId));
        signOffRequested(workspaceId, workspaceTitle, number, settings);
    }

    public void published(long workspaceId, String workspaceTitle, int versionNumber) {
        send(members.findByWorkspaceId(workspaceId).stream().map(WorkspaceMember::personId).toList(), NotificationKind.PUBLICATION,
                workspaceTitle + ": version " + versionNumber + " is published", "workspaces/" + workspaceId + "/history");
    }

    public void deadlineNear(long workspaceId, String workspaceTitle, int number, Set<CareSetting> waiting) {
        send(representatives(workspaceId, waiting), NotificationKind.REMINDER, "Proposal " + number + " for " + workspaceTitle
                + " is near its deadline and still needs your sign-off", proposalLink(workspaceId));
    }

    public void reviewDue(long workspaceId, String message) {
        send(convenors(workspaceId), NotificationKind.REVIEW_DUE, message, "workspaces/" + workspaceId);
    }

    public void convenorNamed(long workspaceId, long personId, String workspaceTitle) {
        send(List.of(personId), NotificationKind.WORKSPACE_ROLE, "An administrator made you convenor of " + workspaceTitle,
                "workspaces/" + workspaceId + "/members");
    }

    public List<Long> convenors(long workspaceId) {
        return members.findByWorkspaceId(workspaceId).stream().filter(m -> m.role() == WorkspaceRole.CONVENOR)
                .map(WorkspaceMember::personId).toList();
    }

    public List<Long> representatives(long workspaceId, Set<CareSetting> settings) {
        return members.findByWorkspaceId(workspaceId).stream()
                .filter(m -> m.role() == WorkspaceRole.SETTING_REPRESENTATIVE && settings.contains(m.careSetting()))
                .filter(rule::signs)
                .map(WorkspaceMember::personId).toList();
    }

    public static String draftLink(long workspaceId) {
        return "workspaces/" + workspaceId;
    }

    public static String proposalLink(long workspaceId) {
        return "workspaces/" + workspaceId + "/proposal";
    }

    private void send(Collection<Long> recipients, NotificationKind kind, String title, String link) {
        if (!recipients.isEmpty()) {
            centre.sendAll(recipients, kind, title, link);
        }
    }
}
