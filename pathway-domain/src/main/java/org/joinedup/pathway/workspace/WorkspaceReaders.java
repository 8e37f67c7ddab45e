package org.joinedup.pathway.workspace;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.internal.MemberRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceMember;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read a workspace's draft, asked about any person rather than the one signed in,
 * for code that runs with nobody signed in: event listeners and scheduled jobs deciding
 * whom to tell, and other features filtering what they list. The rule is the gate's: a
 * member whose role reads the draft (every role but patient partner), or, on a workspace
 * open to every clinician, anyone who holds the clinician role. Only people whose account is
 * active count, as only they can sign in. Not a service: callers use it inside their own
 * checked operations, never with ids taken from the browser.
 */
@Component
public class WorkspaceReaders {

    private final WorkspaceRepository workspaces;
    private final MemberRepository members;
    private final PeopleLookup people;
    private final EntityManager entityManager;

    WorkspaceReaders(WorkspaceRepository workspaces, MemberRepository members, PeopleLookup people,
            EntityManager entityManager) {
        this.workspaces = workspaces;
        this.members = members;
        this.people = people;
        this.entityManager = entityManager;
    }

    /** Whether the person may read the workspace's draft now; false for a workspace or person that does not exist. */
    @Transactional(readOnly = true)
    public boolean readsDraft(long personId, long workspaceId) {
        return readersAmong(workspaceId, List.of(personId)).contains(personId);
    }

    /** Those of {@code personIds} who may read the workspace's draft now; none when the workspace does not exist. */
    @Transactional(readOnly = true)
    public Set<Long> readersAmong(long workspaceId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Optional<Workspace> workspace = workspaces.findById(workspaceId);
        if (workspace.isEmpty()) {
            return Set.of();
        }
        boolean openToClinicians = workspace.get().visibility() == WorkspaceVisibility.ALL_CLINICIANS;
        Map<Long, WorkspaceRole> roles = new HashMap<>();
        for (WorkspaceMember member : members.findByWorkspaceId(workspaceId)) {
            roles.put(member.personId(), member.role());
        }
        Map<Long, PersonCard> cards = people.cards(personIds);
        Set<Long> readers = new LinkedHashSet<>();
        for (Long personId : personIds) {
            PersonCard card = cards.get(personId);
            if (card == null || !card.active()) {
                continue;
            }
            WorkspaceRole role = roles.get(personId);
            boolean reads = role != null ? role.readsDraft() : openToClinicians && card.roles().contains(Role.CLINICIAN);
            if (reads) {
                readers.add(personId);
            }
        }
        return Set.copyOf(readers);
    }

    /**
     * Every workspace whose draft the person may read now: those they are a member of in a role
     * that reads the draft, and, if they hold the clinician role, every workspace open to every
     * clinician that they are not a member of. Two queries, whatever the number of workspaces.
     */
    @Transactional(readOnly = true)
    public Set<Long> readableWorkspaceIds(long personId) {
        Optional<PersonCard> card = people.card(personId);
        if (card.isEmpty() || !card.get().active()) {
            return Set.of();
        }
        Set<Long> readable = new LinkedHashSet<>();
        List<Tuple> memberships = entityManager.createQuery(
                        "select m.workspaceId as workspaceId, m.role as role from WorkspaceMember m where m.personId = :person",
                        Tuple.class)
                .setParameter("person", personId)
                .getResultList();
        for (Tuple membership : memberships) {
            if (membership.get("role", WorkspaceRole.class).readsDraft()) {
                readable.add(membership.get("workspaceId", Long.class));
            }
        }
        if (card.get().roles().contains(Role.CLINICIAN)) {
            readable.addAll(entityManager.createQuery("select w.id from Workspace w where w.visibility = :open "
                            + "and not exists (select m from WorkspaceMember m where m.workspaceId = w.id "
                            + "and m.personId = :person)", Long.class)
                    .setParameter("open", WorkspaceVisibility.ALL_CLINICIANS)
                    .setParameter("person", personId)
                    .getResultList());
        }
        return Set.copyOf(readable);
    }
}
