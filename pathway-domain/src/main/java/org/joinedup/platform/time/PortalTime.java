package org.joinedup.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants are stored in UTC and shown in Europe/London with en-GB formats, whatever
 * time zone or locale the server or the browser has.
 */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final Locale LOCALE = Locale.UK;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LOCALE)
            .withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE).withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE).withZone(ZONE);

    private PortalTime() {
    }

    /** Today's date in London: what "today" means for deadlines and review dates. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** For example "23 November 2026, 14:05". */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** For example "14:05". */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** For example "23 November 2026". */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }
}
