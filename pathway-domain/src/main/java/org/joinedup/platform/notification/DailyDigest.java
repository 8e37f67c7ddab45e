package org.joinedup.platform.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.joinedup.platform.time.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning, one message a person listing every decision that waits on them, from every
 * {@link PendingDecisions} bean together. Nobody gets one who has nothing waiting, has
 * switched the digest off, or whose account is not active. A person gets at most one a
 * day: a second run, on this node or another, finds the day's digest recorded and sends
 * nothing.
 */
@Component
public class DailyDigest {

    /** A longer list is cut; the digest says how many more there are. */
    public static final int MOST_LISTED = 50;

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", PortalTime.LOCALE);
    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);
    private static final Comparator<PendingDecision> EARLIEST_DUE_FIRST = Comparator.comparing(
            PendingDecision::dueBy, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ObjectProvider<PendingDecisions> sources;
    private final ObjectProvider<DigestDelivery> deliveries;
    private final NotificationDigestRepository digests;
    private final NotificationPreferenceRepository preferences;
    private final ActiveRecipients activeAccounts;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Clock clock;

    DailyDigest(ObjectProvider<PendingDecisions> sources, ObjectProvider<DigestDelivery> deliveries,
            NotificationDigestRepository digests, NotificationPreferenceRepository preferences,
            ActiveRecipients activeAccounts, PlatformTransactionManager transactionManager, Clock clock) {
        this.sources = sources;
        this.deliveries = deliveries;
        this.digests = digests;
        this.preferences = preferences;
        this.activeAccounts = activeAccounts;
        // Each person, and each source's answer, in a transaction of its own, so one failure spoils nothing else.
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** At {@code joinedup.digest.cron}, London time: by default at 07:00 every day. */
    @Scheduled(cron = "${joinedup.digest.cron}", zone = "Europe/London")
    public void run() {
        send();
    }

    /**
     * Sends today's digest (today in London) to everyone who should have one and has not
     * had it yet.
     *
     * @return how many people were sent one by this run
     */
    public int send() {
        LocalDate day = PortalTime.today(clock);
        int sent = 0;
        for (long personId : candidates()) {
            try {
                if (sendTo(personId, day)) {
                    sent++;
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Person {} had the digest for {} from another run at the same time", personId, day);
            } catch (RuntimeException e) {
                log.error("The digest for {} was not sent to person {}", day, personId, e);
            }
        }
        log.info("Sent {} daily digest(s) for {}", sent, day);
        return sent;
    }

    private Set<Long> candidates() {
        Set<Long> people = new TreeSet<>();
        sources.orderedStream().forEach(source -> {
            try {
                people.addAll(reading.execute(status -> source.peopleWithPendingDecisions()));
            } catch (RuntimeException e) {
                log.error("{} could not say who has decisions waiting; they are left out of today's digests",
                        source.getClass().getName(), e);
            }
        });
        return people;
    }

    private boolean sendTo(long personId, LocalDate day) {
        boolean wanted = Boolean.TRUE.equals(reading.execute(status -> preferences.digestEnabledFor(personId)
                && activeAccounts.isActive(personId)
                && !digests.existsByRecipientIdAndDay(personId, day)));
        if (!wanted) {
            return false;
        }
        List<PendingDecision> waiting = pendingFor(personId);
        if (waiting.isEmpty()) {
            return false;
        }
        List<PendingDecision> listed = waiting.subList(0, Math.min(MOST_LISTED, waiting.size()));
        String text = text(day, listed, waiting.size());
        writing.executeWithoutResult(status -> {
            // The unique key on (person, day) refuses this if another run got there first.
            NotificationDigest digest = digests.saveAndFlush(
                    new NotificationDigest(personId, day, listed, waiting.size(), text, clock.instant()));
            Digest delivered = new Digest(digest.id(), personId, day, listed, waiting.size(), text);
            deliveries.orderedStream().forEach(delivery -> delivery.deliver(delivered));
        });
        return true;
    }

    /** Everything waiting on the person from every source, each decision once, earliest due first; the dashboard lists the same. */
    List<PendingDecision> pendingFor(long personId) {
        List<PendingDecision> waiting = new ArrayList<>();
        sources.orderedStream().forEach(source -> {
            try {
                waiting.addAll(reading.execute(status -> source.pendingFor(personId)));
            } catch (RuntimeException e) {
                log.error("{} could not list the decisions waiting on person {}; the digest goes without them",
                        source.getClass().getName(), personId, e);
            }
        });
        return waiting.stream().distinct().sorted(EARLIEST_DUE_FIRST).toList();
    }

    static String text(LocalDate day, List<PendingDecision> listed, int waiting) {
        StringBuilder text = new StringBuilder()
                .append(waiting == 1 ? "1 decision is" : waiting + " decisions are")
                .append(" waiting on you on ").append(DAY.format(day)).append(":\n");
        for (PendingDecision decision : listed) {
            text.append("- ").append(decision.title());
            if (decision.dueBy() != null) {
                text.append(" (needed by ").append(DUE.format(decision.dueBy())).append(')');
            }
            text.append('\n');
        }
        if (waiting > listed.size()) {
            text.append("And ").append(waiting - listed.size()).append(" more not listed here.\n");
        }
        return text.toString();
    }
}
