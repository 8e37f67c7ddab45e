package org.joinedup.pathway.changes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.identity.people.Role;
import org.joinedup.platform.mail.MailMessage;
import org.joinedup.platform.mail.OutgoingMail;
import org.joinedup.platform.mail.PortalLinks;
import org.joinedup.platform.notification.RecipientAddresses;
import org.joinedup.platform.time.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a week, to everyone who chose it on "What changes for me", an e-mail of what changed
 * for their care setting in the pathways they may read since the previous one (a week back
 * the first time). Nobody gets one whose account is not active, names no care setting, or
 * has nothing published for them. A person gets at most one a week (the week that starts on
 * Monday, London time): a second run, on this node or another, finds the week's recorded.
 */
@Component
public class WeeklyChanges {

    /** The page the e-mail links to. */
    public static final String PAGE = "what-changes";
    /** At most this many pathways in one e-mail; the page has the rest. */
    static final int MOST_PATHWAYS = 30;

    private static final Logger log = LoggerFactory.getLogger(WeeklyChanges.class);

    private final ChangesReaderRepository readers;
    private final WeeklyMailRepository mails;
    private final PublishedChanges published;
    private final PeopleLookup people;
    private final RecipientAddresses addresses;
    private final OutgoingMail mail;
    private final PortalLinks links;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Clock clock;

    WeeklyChanges(ChangesReaderRepository readers, WeeklyMailRepository mails, PublishedChanges published,
            PeopleLookup people, RecipientAddresses addresses, OutgoingMail mail, PortalLinks links,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.readers = readers;
        this.mails = mails;
        this.published = published;
        this.people = people;
        this.addresses = addresses;
        this.mail = mail;
        this.links = links;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** At {@code joinedup.changes.weekly-cron}, London time: by default at 07:00 on Mondays. */
    @Scheduled(cron = "${joinedup.changes.weekly-cron}", zone = "Europe/London")
    public void run() {
        send();
    }

    /**
     * Sends this week's e-mail to everyone who chose it and has not had it yet.
     *
     * @return how many people were sent one by this run
     */
    public int send() {
        LocalDate week = PortalTime.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        for (long personId : reading.execute(status -> readers.wantingWeekly())) {
            try {
                if (sendTo(personId, week)) {
                    sent++;
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Person {} had the weekly changes for {} from another run at the same time", personId, week);
            } catch (RuntimeException e) {
                log.error("The weekly changes for {} were not sent to person {}", week, personId, e);
            }
        }
        log.info("Sent {} weekly e-mail(s) of what changed for the week of {}", sent, week);
        return sent;
    }

    private boolean sendTo(long personId, LocalDate week) {
        Instant now = clock.instant();
        Optional<Letter> letter = reading.execute(status -> letter(personId, week, now));
        if (letter.isEmpty()) {
            return false;
        }
        Letter ready = letter.get();
        writing.executeWithoutResult(status -> {
            // The unique key on (person, week) refuses this if another run got there first.
            mails.saveAndFlush(new WeeklyMail(personId, week, ready.from(), now, ready.versions()));
            mail.send(new MailMessage(ready.address(), "JoinedUp: what changed for " + ready.setting()
                    + " this week", ready.text()));
        });
        return true;
    }

    private Optional<Letter> letter(long personId, LocalDate week, Instant now) {
        if (mails.existsByPersonIdAndWeekStart(personId, week)) {
            return Optional.empty();
        }
        Optional<PersonCard> card = people.card(personId);
        String address = addresses.ofActive(Set.of(personId)).get(personId);
        if (card.isEmpty() || card.get().careSetting() == null || address == null) {
            return Optional.empty();
        }
        Instant from = mails.findFirstByPersonIdOrderByWeekStartDesc(personId).map(WeeklyMail::coveredTo)
                .orElse(now.minus(Duration.ofDays(7)));
        boolean clinician = card.get().roles().contains(Role.CLINICIAN);
        List<PathwayChanges> pathways = published.list(personId, clinician, card.get().careSetting(), from, 0,
                MOST_PATHWAYS);
        if (pathways.isEmpty()) {
            return Optional.empty();
        }
        int versions = pathways.stream().mapToInt(pathway -> pathway.versions().size()).sum();
        String text = ChangesText.mail(card.get().careSetting(), PortalTime.dateTime(from), pathways, links, PAGE);
        return Optional.of(new Letter(address, card.get().careSetting().label(), from, versions, text));
    }

    private record Letter(String address, String setting, Instant from, int versions, String text) {
    }
}
