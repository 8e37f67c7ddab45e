package org.joinedup.platform.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ten digits, grouped 3-3-4 by spaces or hyphens or not at all, whose last digit is the
 * modulus 11 check digit of the first nine: most ten-digit numbers that are not NHS
 * numbers fail that check.
 */
final class NhsNumbers {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<!\\d)(?<!\\d[ -])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?!\\d)(?![ -]\\d)");

    private NhsNumbers() {
    }

    static List<Match> in(String text) {
        List<Match> found = new ArrayList<>();
        Matcher candidate = CANDIDATE.matcher(text);
        while (candidate.find()) {
            if (valid(candidate.group(1) + candidate.group(2) + candidate.group(3))) {
                found.add(new Match(IdentifierKind.NHS_NUMBER, candidate.start(), candidate.end()));
            }
        }
        return found;
    }

    /**
     * The NHS number check: weight the first nine digits 10 down to 2, and the check digit
     * is 11 minus the sum modulo 11, where 11 means 0 and 10 means no valid number.
     */
    static boolean valid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }
}
