package org.joinedup.pathway.changes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.platform.yourdata.PersonalDataSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "What changes for me"'s part of "your data": the last visit to the page, the choice of the
 * weekly e-mail and the weeks it was sent. Closing the account deletes them: nobody else
 * needs them.
 */
@Component
@Order(35)
class ChangesPersonalData implements PersonalDataContributor {

    private final ChangesReaderRepository readers;
    private final WeeklyMailRepository mails;

    ChangesPersonalData(ChangesReaderRepository readers, WeeklyMailRepository mails) {
        this.readers = readers;
        this.mails = mails;
    }

    @Override
    public PersonalDataSection export(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        readers.findById(personId).ifPresent(reader -> {
            data.put("lastVisit", reader.lastVisitAt());
            data.put("weeklyEmail", reader.weekly() ? "on" : "off");
        });
        data.put("weeklyEmailsSent", mails.findByPersonIdOrderByWeekStartAsc(personId).stream().map(mail -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("week", mail.weekStart().toString());
            item.put("coveredFrom", mail.coveredFrom());
            item.put("coveredTo", mail.coveredTo());
            item.put("versions", mail.versions());
            return item;
        }).toList());
        return new PersonalDataSection("whatChangesForMe", "When you last opened \"What changes for me\", whether you "
                + "get it by e-mail every week, and the weeks it was sent to you.", data);
    }

    @Override
    public void erase(long personId) {
        mails.deleteByPerson(personId);
        readers.findById(personId).ifPresent(readers::delete);
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.of("changes_reader.person_id", "changes_weekly_mail.person_id");
    }
}
