package org.joinedup.platform.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.platform.yourdata.PersonalDataSection;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The audit trail's part of "your data": every entry about the person's account or made
 * by them. On closure the entries are kept as they are (see decision 007).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditPersonalData implements PersonalDataContributor {

    private static final String PERSON = "person";

    private final AuditEntryRepository entries;

    AuditPersonalData(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public PersonalDataSection export(long personId) {
        List<Map<String, Object>> list = entries.aboutOrBy(PERSON, personId, personId).stream()
                .map(AuditEntry::toRecord)
                .map(entry -> describe(entry, personId))
                .toList();
        return new PersonalDataSection("changeHistory",
                "The portal's record of changes made to your account, and of changes you made.",
                Map.of("entries", list));
    }

    /**
     * Nothing is erased: the trail is the evidence of who changed what, each entry sealed
     * by the hash of the one before, and only administrators can read it. Entries keep the
     * name the actor had when they acted; the person's own closure is recorded as
     * "Former member".
     */
    @Override
    public void erase(long personId) {
    }

    private static Map<String, Object> describe(AuditRecord entry, long personId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("at", entry.occurredAt());
        item.put("action", entry.action());
        item.put("by", Long.valueOf(personId).equals(entry.actorId()) ? "you" : entry.actorName());
        item.put("about", PERSON.equals(entry.subjectType()) && entry.subjectId() == personId
                ? "your account" : entry.subjectType() + " " + entry.subjectId());
        item.put("details", entry.details());
        return item;
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.of("audit_entry.actor_id", "audit_entry.actor_name", "audit_entry.subject_id");
    }
}
