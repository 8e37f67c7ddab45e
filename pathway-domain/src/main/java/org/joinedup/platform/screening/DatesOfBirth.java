package org.joinedup.platform.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full date in a common UK form (03/04/1958, 3.4.58, 3 April 1958, 3rd of April 1958,
 * April 3, 1958, 1958-04-03) with "born", "DOB", "d.o.b." or "date of birth" just before
 * it, or "DOB" just after. A date alone is not flagged: pathways are full of review dates
 * and guideline versions; nor is a date that bounds a group of people ("born on or after
 * 1 September 2019 are eligible").
 */
final class DatesOfBirth {

    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
    private static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile(String.join("|",
            // 03/04/1958, 3.4.58, 03-04-1958: the same separator twice
            "(?<![\\d/.-])(?:0?[1-9]|[12]\\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\\1(?:\\d{4}|\\d{2})(?!\\d)(?![/.-]\\d)",
            // 1958-04-03
            "(?<![\\d-])(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d-])",
            // 3 April 1958, 3rd of Apr '58
            "(?<!\\d)" + DAY + "(?:\\s+of)?\\s+" + MONTH_NAME + ",?\\s+(?:\\d{4}|'?\\d{2})(?!\\d)",
            // April 3, 1958
            "(?<![a-z])" + MONTH_NAME + "\\s+" + DAY + ",?\\s+\\d{4}(?!\\d)"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![a-z])(?:born|dob|d\\.\\s?o\\.\\s?b\\.?|date\\s+of\\s+birth|birth\\s?date)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDS_A_GROUP = Pattern.compile("(?<![a-z])(?:before|after|between|since|from|until"
            + "|prior|earlier|later)(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile("^\\W{0,4}(?:dob|d\\.\\s?o\\.\\s?b)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    /** How far before the date the context word may be: "born in Leeds on 3 April 1958". */
    private static final int BEFORE_WINDOW = 40;
    private static final int AFTER_WINDOW = 12;

    private DatesOfBirth() {
    }

    static List<Match> in(String text) {
        List<Match> found = new ArrayList<>();
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            String after = text.substring(date.end(), Math.min(text.length(), date.end() + AFTER_WINDOW));
            if (birthWordBefore(text, date.start()) || AFTER.matcher(after).find()) {
                found.add(new Match(IdentifierKind.DATE_OF_BIRTH, date.start(), date.end()));
            }
        }
        return found;
    }

    /** "born" or "DOB" shortly before the date, with nothing between them saying the date bounds a group. */
    private static boolean birthWordBefore(String text, int dateStart) {
        String before = text.substring(Math.max(0, dateStart - BEFORE_WINDOW), dateStart);
        Matcher word = BEFORE.matcher(before);
        int lastEnd = -1;
        while (word.find()) {
            lastEnd = word.end();
        }
        return lastEnd >= 0 && !BOUNDS_A_GROUP.matcher(before.substring(lastEnd)).find();
    }
}
