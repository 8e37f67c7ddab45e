package org.joinedup.forums.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.joinedup.identity.people.CareSetting;

/**
 * Someone who attended: a member of the workspace ({@code personId}) or a guest named in
 * words ({@code guestName}), never both.
 *
 * @param careSetting the setting they came from; null for patient partners and guests from none
 * @param minutes     how long they attended
 */
public record NewAttendance(
        Long personId,
        @Size(max = MeetingLimits.GUEST_NAME_MAX, message = "Keep a guest's name to " + MeetingLimits.GUEST_NAME_MAX
                + " characters.")
        String guestName,
        CareSetting careSetting,
        @NotNull(message = "Say which body they spoke for, or that they spoke for themselves.")
        RepresentativeBody body,
        @Min(value = 1, message = "Say how many minutes they attended.")
        @Max(value = MeetingLimits.LONGEST_MINUTES, message = "A meeting lasts at most "
                + MeetingLimits.LONGEST_MINUTES + " minutes.")
        int minutes) {
}
