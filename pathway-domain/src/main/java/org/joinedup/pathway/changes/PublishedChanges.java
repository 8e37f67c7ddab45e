package org.joinedup.pathway.changes;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.draft.PathwayDiff;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.SettingChange;
import org.joinedup.pathway.draft.SettingSplit;
import org.joinedup.pathway.internal.MemberRepository;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.springframework.stereotype.Component;

/**
 * The versions published since a moment in the pathways one person may read in the library,
 * split for a care setting. The rule is {@code WorkspaceGate.requireReadPublished}'s, for a
 * person named by id so the weekly job can ask it with nobody signed in: members who read the
 * draft read their workspaces' versions; clinicians read every workspace's that is not
 * confidential. Callers check who is asking. "Since" is strictly after the moment, so a
 * weekly e-mail that starts where the previous one ended never repeats a version.
 */
@Component
class PublishedChanges {

    private static final String READABLE = "(exists (select m.id from WorkspaceMember m where m.workspaceId = w.id "
            + "and m.personId = :person and m.role <> :patientPartner)%s)";
    private static final String OPEN_TO_CLINICIANS = " or w.confidentialReason is null";
    private static final String WITH_VERSIONS_SINCE = "exists (select v.id from PathwayVersion v "
            + "where v.workspaceId = w.id and v.publishedAt > :since)";

    private final EntityManager entityManager;
    private final WorkspaceRepository workspaces;
    private final VersionRepository versions;
    private final MemberRepository members;
    private final SnapshotJson json;

    PublishedChanges(EntityManager entityManager, WorkspaceRepository workspaces, VersionRepository versions,
            MemberRepository members, SnapshotJson json) {
        this.entityManager = entityManager;
        this.workspaces = workspaces;
        this.versions = versions;
        this.members = members;
        this.json = json;
    }

    /** How many pathways the person may read had a version published since {@code since}. */
    long count(long personId, boolean clinician, Instant since) {
        return entityManager.createQuery("select count(w) from Workspace w where " + WITH_VERSIONS_SINCE + " and "
                        + readable(clinician), Long.class)
                .setParameter("since", since).setParameter("person", personId)
                .setParameter("patientPartner", WorkspaceRole.PATIENT_PARTNER)
                .getSingleResult();
    }

    /** Those pathways by title, from {@code offset}, each with its versions since then split for {@code setting}. */
    List<PathwayChanges> list(long personId, boolean clinician, CareSetting setting, Instant since, int offset,
            int limit) {
        List<Long> ids = entityManager.createQuery("select w.id from Workspace w where " + WITH_VERSIONS_SINCE
                        + " and " + readable(clinician) + " order by w.title, w.id", Long.class)
                .setParameter("since", since).setParameter("person", personId)
                .setParameter("patientPartner", WorkspaceRole.PATIENT_PARTNER)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList();
        return ids.stream().map(id -> pathway(id, personId, setting, since)).toList();
    }

    private PathwayChanges pathway(long workspaceId, long personId, CareSetting setting, Instant since) {
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow();
        List<VersionChanges> published = entityManager.createQuery("select v from PathwayVersion v "
                        + "where v.workspaceId = :workspace and v.publishedAt > :since order by v.number",
                        PathwayVersion.class)
                .setParameter("workspace", workspaceId).setParameter("since", since)
                .getResultList().stream().map(version -> version(version, setting)).toList();
        boolean member = members.findByWorkspaceIdAndPersonId(workspaceId, personId).isPresent();
        return new PathwayChanges(workspaceId, workspace.title(), workspace.condition(), workspace.locality(), member,
                published);
    }

    private VersionChanges version(PathwayVersion version, CareSetting setting) {
        PathwaySnapshot before = version.number() == 1 ? PathwaySnapshot.EMPTY
                : versions.findByWorkspaceIdAndNumber(version.workspaceId(), version.number() - 1)
                        .map(previous -> json.read(previous.content())).orElse(PathwaySnapshot.EMPTY);
        PathwaySnapshot after = json.read(version.content());
        List<PathwayChange> changes = PathwayDiff.between(before, after);
        List<SettingChange> mine = SettingSplit.of(setting, before, after, changes);
        return new VersionChanges(version.number(), version.publishedAt(), version.summary(), mine,
                changes.size() - mine.size());
    }

    private static String readable(boolean clinician) {
        return READABLE.formatted(clinician ? OPEN_TO_CLINICIANS : "");
    }
}
