package org.joinedup.platform.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    long countByRecipientId(long recipientId);

    List<Notification> findByRecipientIdAndKindAndReadAtIsNullOrderByCreatedAtDescIdDesc(long recipientId,
            NotificationKind kind, Pageable page);

    List<Notification> findByRecipientIdOrderByCreatedAtAscIdAsc(long recipientId);

    @Modifying
    @Query("update Notification n set n.readAt = :when where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant when);

    @Modifying
    @Query("delete from Notification n where n.recipientId = :recipientId")
    void deleteByRecipient(long recipientId);
}
