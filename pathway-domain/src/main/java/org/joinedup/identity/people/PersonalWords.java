package org.joinedup.identity.people;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a password must not be built from because it is about its owner: the local part
 * of their e-mail address and the words of their names.
 *
 * @param wholes the local part and the full names, refused anywhere in a password
 * @param words  each name and address word, refused as the core of a predictable password
 */
record PersonalWords(Set<String> wholes, Set<String> words) {

    /** Shorter pieces ("gp", "Dr") would refuse too many good passphrases by accident. */
    private static final int WHOLE_MIN = 4;
    private static final int WORD_MIN = 3;
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    static PersonalWords of(String... aboutThePerson) {
        Set<String> wholes = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (String item : aboutThePerson == null ? new String[0] : aboutThePerson) {
            if (item == null || item.isBlank()) {
                continue;
            }
            String compact = PasswordText.compact(item);
            int at = compact.lastIndexOf('@');
            String text = at >= 0 ? compact.substring(0, at) : compact;
            StringBuilder joined = new StringBuilder();
            for (String word : NOT_A_LETTER.split(text)) {
                if (word.length() >= WORD_MIN) {
                    words.add(word);
                    joined.append(word);
                }
            }
            addIfLongEnough(wholes, PasswordText.lettersAndDigits(text));
            addIfLongEnough(wholes, joined.toString());
        }
        return new PersonalWords(Set.copyOf(wholes), Set.copyOf(words));
    }

    boolean containedIn(String lettersAndDigits) {
        return wholes.stream().anyMatch(lettersAndDigits::contains);
    }

    boolean wordIn(String lettersAndDigits) {
        return words.stream().anyMatch(lettersAndDigits::contains);
    }

    private static void addIfLongEnough(Set<String> into, String value) {
        if (value.length() >= WHOLE_MIN) {
            into.add(value);
        }
    }
}
