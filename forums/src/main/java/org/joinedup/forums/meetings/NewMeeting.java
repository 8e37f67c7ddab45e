package org.joinedup.forums.meetings;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting as an organiser schedules or moves it. Times are wall-clock times in London, as
 * people agree them; they are kept as the instants they mean.
 *
 * @param venue where people meet, for a meeting in person
 * @param link  the address of the call, for an online meeting: an https address
 */
public record NewMeeting(
        @NotBlank(message = "Give the meeting a title.")
        @Size(max = MeetingLimits.TITLE_MAX, message = "Keep the title to " + MeetingLimits.TITLE_MAX + " characters.")
        String title,
        @NotNull(message = "Say when the meeting starts.")
        LocalDateTime start,
        @NotNull(message = "Say when the meeting ends.")
        LocalDateTime end,
        @NotNull(message = "Say whether people meet in person or online.")
        MeetingMode mode,
        @Size(max = MeetingLimits.VENUE_MAX, message = "Keep the venue to " + MeetingLimits.VENUE_MAX + " characters.")
        String venue,
        @Size(max = MeetingLimits.LINK_MAX, message = "Keep the link to " + MeetingLimits.LINK_MAX + " characters.")
        String link) {
}
