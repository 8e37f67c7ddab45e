package org.joinedup.forums.following;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.springframework.stereotype.Component;

/**
 * Finds "@Display Name" in a post: an {@code @} at the start of a word followed by the whole
 * display name of someone with an active account (any case). The longest name wins, so
 * "@Jo Williams" is Jo Williams rather than someone called Jo. Quoted lines ({@code >}) are
 * left out, so quoting a post does not mention its mentions again. Who may read the forum is
 * decided by the caller.
 */
@Component
class Mentions {

    /** A post naming more people than this mentions only the first ones. */
    static final int MOST_PER_POST = 20;
    private static final int MOST_WORDS = 5;
    private static final String TRAILING = "[\\p{Punct}&&[^'\\-]]+$|['’]s$";

    private final PeopleLookup people;

    Mentions(PeopleLookup people) {
        this.people = people;
    }

    Set<Long> in(String body) {
        Set<Long> found = new HashSet<>();
        int asked = 0;
        for (String line : body.split("\\R")) {
            if (line.stripLeading().startsWith(">")) {
                continue;
            }
            for (int at = line.indexOf('@'); at >= 0 && asked < MOST_PER_POST; at = line.indexOf('@', at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
                    continue; // an e-mail address, not a mention
                }
                asked++;
                found.addAll(named(line.substring(at + 1)));
            }
        }
        return found;
    }

    /** The people whose whole display name starts the text, longest name first. */
    private List<Long> named(String text) {
        String[] words = text.strip().split("\\s+", MOST_WORDS + 1);
        int available = Math.min(MOST_WORDS, words.length);
        for (int count = available; count >= 1; count--) {
            String candidate = String.join(" ", List.of(words).subList(0, count)).replaceAll(TRAILING, "");
            if (candidate.isBlank() || !Character.isLetter(candidate.codePointAt(0))) {
                continue;
            }
            String wanted = candidate.toLowerCase(Locale.ROOT);
            List<Long> ids = new ArrayList<>();
            for (PersonCard card : people.activeNamed(candidate, List.of(), 20)) {
                if (card.displayName().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(wanted)) {
                    ids.add(card.id());
                }
            }
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        return List.of();
    }
}
