package org.joinedup.pathway.workspace;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

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
 * Who takes part in a workspace's discussion, asked about any person rather than the one
 * signed in: every member, in any role (patient partners included, though they do not read
 * the draft), and, on a workspace open to every clinician, anyone holding the clinician role.
 * Only people whose account is active count. For code that runs with nobody signed in (event
 * listeners deciding whom to tell) and for services filtering what they list for the
 * signed-in person; never called with ids taken from the browser.
 */
@Component
public class WorkspaceParticipants {

    private final WorkspaceRepository workspaces;
    private final MemberRepository members;
    private final PeopleLookup people;
    private final EntityManager entityManager;

    WorkspaceParticipants(WorkspaceRepository workspaces, MemberRepository members, PeopleLookup people,
            EntityManager entityManager) {
        this.workspaces = workspaces;
        this.members = members;
        this.people = people;
        this.entityManager = entityManager;
    }

    /** Those of {@code personIds} who take part in the workspace now; none when it does not exist. */
    @Transactional(readOnly = true)
    public Set<Long> participantsAmong(long workspaceId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Optional<Workspace> workspace = workspaces.findById(workspaceId);
        if (workspace.isEmpty()) {
            return Set.of();
        }
        boolean open = workspace.get().visibility() == WorkspaceVisibility.ALL_CLINICIANS;
        Set<Long> memberIds = members.findByWorkspaceId(workspaceId).stream().map(WorkspaceMember::personId)
                .collect(Collectors.toSet());
        Map<Long, PersonCard> cards = people.cards(personIds);
        Set<Long> participants = new LinkedHashSet<>();
        for (Long personId : personIds) {
            PersonCard card = cards.get(personId);
            if (card != null && card.active()
                    && (memberIds.contains(personId) || open && card.roles().contains(Role.CLINICIAN))) {
                participants.add(personId);
            }
        }
        return Set.copyOf(participants);
    }

    /**
     * Every workspace the person takes part in now: their memberships in any role and, if they
     * hold the clinician role, every workspace open to every clinician.
     */
    @Transactional(readOnly = true)
    public Set<Long> workspacesOf(long personId) {
        Optional<PersonCard> card = people.card(personId);
        if (card.isEmpty() || !card.get().active()) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        members.findByPersonId(personId).forEach(member -> ids.add(member.workspaceId()));
        if (card.get().roles().contains(Role.CLINICIAN)) {
            ids.addAll(entityManager.createQuery("select w.id from Workspace w where w.visibility = :open", Long.class)
                    .setParameter("open", WorkspaceVisibility.ALL_CLINICIANS).getResultList());
        }
        return Set.copyOf(ids);
    }
}
