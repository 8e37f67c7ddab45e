package org.joinedup.pathway.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.joinedup.identity.people.ActiveAccounts;
import org.joinedup.pathway.workspace.WorkspaceRole;

/** The members' rows say who convenes; the people feature says whose account is active. */
class ActiveConvenorsImpl implements ActiveConvenors {

    private final EntityManager entityManager;
    private final ActiveAccounts activeAccounts;

    ActiveConvenorsImpl(EntityManager entityManager, ActiveAccounts activeAccounts) {
        this.entityManager = entityManager;
        this.activeAccounts = activeAccounts;
    }

    @Override
    public long countActiveConvenors(long workspaceId) {
        List<Long> convenors = entityManager.createQuery("select m.personId from WorkspaceMember m "
                        + "where m.workspaceId = :workspace and m.role = :convenor", Long.class)
                .setParameter("workspace", workspaceId)
                .setParameter("convenor", WorkspaceRole.CONVENOR)
                .getResultList();
        return activeAccounts.among(convenors).size();
    }
}
