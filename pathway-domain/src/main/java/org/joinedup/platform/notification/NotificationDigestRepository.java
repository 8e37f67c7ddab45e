package org.joinedup.platform.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationDigestRepository extends JpaRepository<NotificationDigest, Long> {

    boolean existsByRecipientIdAndDay(long recipientId, LocalDate day);

    Optional<NotificationDigest> findByNotificationId(long notificationId);

    List<NotificationDigest> findByRecipientIdOrderByDayAsc(long recipientId);

    /** Their listed decisions go with them (the items' foreign key cascades). */
    @Modifying
    @Query("delete from NotificationDigest d where d.recipientId = :recipientId")
    void deleteByRecipient(long recipientId);
}
