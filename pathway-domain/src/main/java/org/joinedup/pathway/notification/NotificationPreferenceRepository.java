package org.joinedup.pathway.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    default boolean digestEnabledFor(long personId) {
        return findById(personId).map(NotificationPreference::digestEnabled)
                .orElse(NotificationPreference.DIGEST_BY_DEFAULT);
    }
}
