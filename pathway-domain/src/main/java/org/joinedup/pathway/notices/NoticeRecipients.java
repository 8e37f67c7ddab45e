package org.joinedup.pathway.notices;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.joinedup.pathway.internal.MemberRepository;
import org.joinedup.pathway.internal.PathwayReaders;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.RepresentationRule;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceMember;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * Who hears of an urgent notice, each once, with a link to a page they may open: members who
 * read the draft go to the workspace's notices; patient partners who are members, and the
 * published pages' recent readers, go to the page they read, which shows the banner.
 * Readers who are not members are left out while the workspace is confidential.
 */
@Component
class NoticeRecipients {

    private final MemberRepository members;
    private final WorkspaceRepository workspaces;
    private final VersionRepository versions;
    private final PathwayReaders readers;
    private final RepresentationRule rule;
    private final NotificationCentre centre;

    NoticeRecipients(MemberRepository members, WorkspaceRepository workspaces, VersionRepository versions,
            PathwayReaders readers, RepresentationRule rule, NotificationCentre centre) {
        this.members = members;
        this.workspaces = workspaces;
        this.versions = versions;
        this.readers = readers;
        this.rule = rule;
        this.centre = centre;
    }

    static String noticesLink(long workspaceId) {
        return "workspaces/" + workspaceId + "/notices";
    }

    /** The clinical lead and the representatives who may sign are asked to agree. */
    void waitingForAgreement(long workspaceId, String title) {
        List<Long> agreeing = agreeing(workspaceId);
        if (!agreeing.isEmpty()) {
            centre.sendAll(agreeing, NotificationKind.URGENT_NOTICE, "An urgent notice for " + workspace(workspaceId).title()
                    + " needs your agreement: \u201c" + title + "\u201d", noticesLink(workspaceId));
        }
    }

    /** Members and recent readers hear that the notice is published; the person who agreed does not. */
    void published(long workspaceId, String title, boolean forPatients, long agreedBy, Instant readSince) {
        Workspace workspace = workspace(workspaceId);
        Optional<Integer> latest = versions.findFirstByWorkspaceIdOrderByNumberDesc(workspaceId).map(PathwayVersion::number);
        Map<Long, String> links = new LinkedHashMap<>();
        for (WorkspaceMember member : members.findByWorkspaceId(workspaceId)) {
            if (member.role().readsDraft()) {
                links.put(member.personId(), noticesLink(workspaceId));
            } else if (forPatients && latest.isPresent()) {
                links.put(member.personId(), patientLink(workspaceId, latest.get()));
            }
        }
        if (!workspace.confidential() && latest.isPresent()) {
            readers.since(workspaceId, PathwayReaders.Page.PATHWAY, readSince)
                    .forEach(person -> links.putIfAbsent(person, "workspaces/" + workspaceId + "/versions/" + latest.get() + "/print"));
            if (forPatients) {
                readers.since(workspaceId, PathwayReaders.Page.PATIENT_PAGE, readSince)
                        .forEach(person -> links.putIfAbsent(person, patientLink(workspaceId, latest.get())));
            }
        }
        links.remove(agreedBy);
        String message = "Urgent notice for " + workspace.title() + ": \u201c" + title + "\u201d";
        links.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                        LinkedHashMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((link, people) -> centre.sendAll(people, NotificationKind.URGENT_NOTICE, message, link));
    }

    /** After a publication the convenors are asked, per notice still showing, whether the new version covers it. */
    void coverageAsked(long workspaceId, String title, int versionNumber) {
        List<Long> convenors = convenors(workspaceId);
        if (!convenors.isEmpty()) {
            centre.sendAll(convenors, NotificationKind.URGENT_NOTICE, "Version " + versionNumber + " of "
                    + workspace(workspaceId).title() + " is published: does it cover the urgent notice \u201c" + title
                    + "\u201d?", noticesLink(workspaceId));
        }
    }

    List<Long> agreeing(long workspaceId) {
        return members.findByWorkspaceId(workspaceId).stream()
                .filter(member -> member.role() == WorkspaceRole.CLINICAL_LEAD || rule.signs(member))
                .map(WorkspaceMember::personId).toList();
    }

    List<Long> convenors(long workspaceId) {
        return members.findByWorkspaceId(workspaceId).stream().filter(member -> member.role() == WorkspaceRole.CONVENOR)
                .map(WorkspaceMember::personId).toList();
    }

    private static String patientLink(long workspaceId, int versionNumber) {
        return "workspaces/" + workspaceId + "/versions/" + versionNumber + "/patient";
    }

    private Workspace workspace(long workspaceId) {
        return workspaces.findById(workspaceId).orElseThrow();
    }
}
