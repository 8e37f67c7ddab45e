package org.joinedup.forums.meetings;

import java.time.LocalDate;

/** An action from the meeting: what, who, by when, and whether it is done. */
public record ActionDetails(long id, String text, long ownerId, String ownerName, LocalDate due, boolean done) {
}
