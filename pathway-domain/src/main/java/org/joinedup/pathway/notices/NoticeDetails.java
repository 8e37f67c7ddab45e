package org.joinedup.pathway.notices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An urgent notice as a page shows it. Names are people's current names ("Former member"
 * once an account is closed); the step title is the one it had when the notice was drafted.
 *
 * @param stepTitle      null when the notice is about the whole pathway
 * @param agreedAs       the role in which it was agreed ("clinical lead"), null before agreement
 * @param coverageAsked  the version whose publication asks whether the notice is still needed, while
 *                       the convenors have not answered; else null
 */
public record NoticeDetails(long id, long workspaceId, String title, String body, String stepTitle, boolean forPatients,
        LocalDate expiresOn, NoticeState state, String draftedBy, Instant draftedAt, String agreedBy, String agreedAs,
        Instant agreedAt, String endedBy, Instant endedAt, Integer coverageAsked) {
}
