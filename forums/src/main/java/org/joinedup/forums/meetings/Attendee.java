package org.joinedup.forums.meetings;

import org.joinedup.identity.people.CareSetting;

/**
 * Someone who attended.
 *
 * @param personId null for a guest
 * @param name     a member's display name, or the guest's name as written
 */
public record Attendee(long id, Long personId, String name, CareSetting careSetting, RepresentativeBody body,
        int minutes) {

    public boolean guest() {
        return personId == null;
    }
}
