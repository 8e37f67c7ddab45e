package org.joinedup.forums.following;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.joinedup.forums.internal.ForumEntity;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.workspace.WorkspaceParticipants;
import org.springframework.stereotype.Component;

/**
 * {@link org.joinedup.forums.internal.ForumGate}'s rule asked about any person, with nobody
 * signed in: who of these people may read this forum now. Only active accounts count.
 */
@Component
class ForumReaders {

    private final PeopleLookup people;
    private final WorkspaceParticipants participants;

    ForumReaders(PeopleLookup people, WorkspaceParticipants participants) {
        this.people = people;
        this.participants = participants;
    }

    Set<Long> among(ForumEntity forum, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Map<Long, PersonCard> cards = people.cards(personIds);
        Set<Long> readers = new HashSet<>();
        cards.values().stream().filter(PersonCard::active).forEach(card -> {
            Set<Role> roles = card.roles();
            boolean reads = roles.contains(Role.MODERATOR) || switch (forum.kind()) {
                case PATIENT_VOICE -> roles.contains(Role.CLINICIAN) || roles.contains(Role.PATIENT_PARTNER)
                        || roles.contains(Role.ADMIN);
                case INTERFACE_ISSUES -> roles.contains(Role.CLINICIAN) || roles.contains(Role.ADMIN);
                case WORKSPACE -> false;
            };
            if (reads) {
                readers.add(card.id());
            }
        });
        if (forum.workspaceId() != null) {
            readers.addAll(participants.participantsAmong(forum.workspaceId(), personIds));
        }
        return readers;
    }
}
