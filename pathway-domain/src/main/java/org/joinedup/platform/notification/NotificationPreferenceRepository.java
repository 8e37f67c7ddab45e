package org.joinedup.platform.notification;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    default boolean digestEnabledFor(long personId) {
        return findById(personId).map(NotificationPreference::digestEnabled)
                .orElse(NotificationPreference.DIGEST_BY_DEFAULT);
    }

    default boolean emailWantedBy(long personId) {
        return findById(personId).map(NotificationPreference::byEmail)
                .orElse(NotificationPreference.EMAIL_BY_DEFAULT);
    }

    /** Those among the people who chose to hear by e-mail too; without a row, nobody has. */
    @Query("select p.personId from NotificationPreference p where p.personId in :personIds and p.byEmail = true")
    Set<Long> wantingEmailAmong(Collection<Long> personIds);
}
