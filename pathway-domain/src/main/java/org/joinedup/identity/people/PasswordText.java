package org.joinedup.identity.people;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The forms a password is compared in: case, spaces and look-alike characters do not make it new. */
final class PasswordText {

    /** Keyboard rows and columns (UK layout), the alphabet and the digits: runs along them are guessed first. */
    private static final List<String> RUNS = List.of(
            "abcdefghijklmnopqrstuvwxyz",
            "01234567890",
            "`1234567890-=",
            "qwertyuiop[]",
            "asdfghjkl;'#",
            "\\zxcvbnm,./",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/",
            "qazwsxedcrfvtgbyhnujmikolp",
            "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0",
            "789456123",
            "147258369");
    private static final List<String> REVERSED_RUNS = RUNS.stream()
            .map(run -> new StringBuilder(run).reverse().toString()).toList();

    private PasswordText() {
    }

    /** Lower case, compatibility-normalised (full-width letters become plain ones), without whitespace. */
    static String compact(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder compact = new StringBuilder(normalised.length());
        normalised.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }

    static String lettersAndDigits(String compact) {
        StringBuilder kept = new StringBuilder(compact.length());
        compact.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Reads look-alike characters as the letters they stand for: "p@ssw0rd" as "password". */
    static String unleet(String text, char one) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '8' -> 'b';
                case '(' -> 'c';
                case '3' -> 'e';
                case '6', '9' -> 'g';
                case '1' -> one;
                case '!' -> 'i';
                case '|' -> 'l';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7', '+' -> 't';
                case '2' -> 'z';
                default -> c;
            });
        }
        return plain.toString();
    }

    /** Three or more characters along a keyboard row or column, the alphabet or the digits, either way. */
    static boolean isRun(String part) {
        if (part.length() < 3) {
            return false;
        }
        for (int i = 0; i < RUNS.size(); i++) {
            if (RUNS.get(i).contains(part) || REVERSED_RUNS.get(i).contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Three or more of the same character. */
    static boolean isSameCharacter(String part) {
        return part.length() >= 3 && part.chars().allMatch(c -> c == part.charAt(0));
    }

    /**
     * A short unit said more than once, perhaps with a few digits or symbols after it:
     * "abcabcabcabc", "kidneykidney1", "ab12ab12ab12".
     */
    static boolean isRepetition(String compact) {
        String core = compact;
        for (int trimmed = 0; trimmed <= CommonPasswords.MAX_TRIMMINGS && !core.isEmpty(); trimmed++) {
            if (repeatsShortUnit(core)) {
                return true;
            }
            if (Character.isLetter(core.charAt(core.length() - 1))) {
                return false;
            }
            core = core.substring(0, core.length() - 1);
        }
        return false;
    }

    private static boolean repeatsShortUnit(String text) {
        if (text.length() < 2) {
            return false;
        }
        int period = (text + text).indexOf(text, 1);
        return period < text.length() && period < PeopleLimits.PASSWORD_MIN;
    }
}
