package org.joinedup.platform.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Anything shaped like an e-mail address: a name, an @ and a domain with a dot. */
final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}(?![a-z0-9-])",
            Pattern.CASE_INSENSITIVE);

    private EmailAddresses() {
    }

    static List<Match> in(String text) {
        List<Match> found = new ArrayList<>();
        Matcher address = ADDRESS.matcher(text);
        while (address.find()) {
            found.add(new Match(IdentifierKind.EMAIL_ADDRESS, address.start(), address.end()));
        }
        return found;
    }
}
