package org.joinedup.pathway.library;

import java.time.LocalDate;

import org.joinedup.identity.people.CareSetting;

/**
 * What the library is narrowed to; every part may be null (or blank), which leaves it out.
 *
 * @param careSetting     pathways with at least one step in this setting
 * @param locality        pathways of this locality
 * @param reviewDueBefore pathways whose review falls before this date
 * @param overdue         pathways whose review date has passed
 * @param publishedSince  pathways whose latest version was published on or after this date
 * @param text            the quick filter: part of the title, condition or locality
 */
public record LibraryFilter(CareSetting careSetting, String locality, LocalDate reviewDueBefore, boolean overdue,
        LocalDate publishedSince, String text) {

    public static final LibraryFilter NONE = new LibraryFilter(null, null, null, false, null, null);

    public LibraryFilter withCareSetting(CareSetting setting) {
        return new LibraryFilter(setting, locality, reviewDueBefore, overdue, publishedSince, text);
    }

    public LibraryFilter withLocality(String place) {
        return new LibraryFilter(careSetting, place, reviewDueBefore, overdue, publishedSince, text);
    }

    public LibraryFilter withReviewDueBefore(LocalDate date) {
        return new LibraryFilter(careSetting, locality, date, overdue, publishedSince, text);
    }

    public LibraryFilter withOverdue(boolean onlyOverdue) {
        return new LibraryFilter(careSetting, locality, reviewDueBefore, onlyOverdue, publishedSince, text);
    }

    public LibraryFilter withPublishedSince(LocalDate date) {
        return new LibraryFilter(careSetting, locality, reviewDueBefore, overdue, date, text);
    }

    public LibraryFilter withText(String quick) {
        return new LibraryFilter(careSetting, locality, reviewDueBefore, overdue, publishedSince, quick);
    }
}
