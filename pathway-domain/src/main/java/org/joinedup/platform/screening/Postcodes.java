package org.joinedup.platform.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full UK postcode with a house number or a street just before it: "12 High Street,
 * SW1A 1AA", "flat 3, 10 Downing Street LS1 4AP". A postcode alone names a street or a
 * building rather than a person, and pathways name the clinics they send people to.
 */
final class Postcodes {

    /** The shapes Royal Mail uses, so that "B1 2mg" or "ward 7B" do not pass for one. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![a-z0-9])[a-pr-uwyz](?:[0-9][0-9a-hjkpstuw]?|[a-hk-y][0-9][0-9abehmnprvwxy]?)\\s?[0-9][abd-hjlnp-uw-z]{2}"
                    + "(?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final String STREET_TYPES = "street|st|road|rd|lane|ln|avenue|ave|close|drive|way|court|ct"
            + "|crescent|cres|place|pl|gardens|gdns|terrace|grove|square|sq|row|walk|mews|hill|park|view|green"
            + "|parade|rise|vale|wharf|yard";
    private static final Pattern ADDRESS = Pattern.compile(String.join("|",
            // 12 High Street, 10a Mill Lane
            "(?<![a-z0-9])\\d{1,4}[a-z]?,?\\s+(?:[a-z'-]+\\s+){1,3}(?:" + STREET_TYPES + ")(?![a-z])",
            // flat 3, house 12
            "(?<![a-z])(?:flat|apartment|apt|unit|house)\\s+\\d{1,4}[a-z]?(?![a-z0-9])",
            // Beckett Street, Acacia Avenue: street types that are rarely anything else
            "(?<![a-z])[a-z'-]+\\s+(?:street|road|lane|avenue|crescent|terrace|gardens|mews)(?![a-z])"),
            Pattern.CASE_INSENSITIVE);
    /** How far before the postcode the address may start: a street, a town and a county fit. */
    private static final int WINDOW = 80;

    private Postcodes() {
    }

    static List<Match> in(String text) {
        List<Match> found = new ArrayList<>();
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            String before = text.substring(Math.max(0, postcode.start() - WINDOW), postcode.start());
            if (ADDRESS.matcher(before).find()) {
                found.add(new Match(IdentifierKind.POSTCODE_WITH_ADDRESS, postcode.start(), postcode.end()));
            }
        }
        return found;
    }
}
