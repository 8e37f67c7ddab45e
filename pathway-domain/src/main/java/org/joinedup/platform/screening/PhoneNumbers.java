package org.joinedup.platform.screening;

import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers found by Google's libphonenumber, kept when they could be a person's:
 * UK numbers written with their leading 0 or +44 whose national number is a geographic
 * (01, 02) or mobile (07) one of nine or ten digits, and numbers of other countries
 * written with + or 00 that are valid there. The finder is asked only whether a number is
 * possible, not whether its range is allocated, so fictional numbers such as Ofcom's
 * drama ranges are found too. Non-geographic UK numbers (03, 08, 09) belong to
 * organisations, not patients, so a pathway may give a service's 0300 number.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final int UK = 44;
    private static final String PERSONAL_UK_STARTS = "127";

    private PhoneNumbers() {
    }

    static List<Match> in(String text) {
        List<Match> found = new ArrayList<>();
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (couldBeAPersons(match.rawString(), match.number())) {
                found.add(new Match(IdentifierKind.PHONE_NUMBER, match.start(), match.end()));
            }
        }
        return found;
    }

    private static boolean couldBeAPersons(String written, PhoneNumber number) {
        String start = written.startsWith("(") ? written.substring(1) : written;
        if (number.getCountryCode() == UK) {
            String national = PHONES.getNationalSignificantNumber(number);
            return (start.startsWith("0") || start.startsWith("+"))
                    && (national.length() == 9 || national.length() == 10)
                    && PERSONAL_UK_STARTS.indexOf(national.charAt(0)) >= 0;
        }
        return (start.startsWith("+") || start.startsWith("00")) && PHONES.isValidNumber(number);
    }
}
