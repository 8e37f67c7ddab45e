package org.joinedup.identity.people;

import java.time.Duration;

import org.springframework.stereotype.Component;

/** E-mails a registered person a new link to confirm their address, ending earlier ones. */
@Component
class ConfirmationLinks {

    /** How long a confirmation link works. */
    static final Duration VALID_FOR = Duration.ofHours(24);

    private final AccountTokens tokens;
    private final AccountMail mail;

    ConfirmationLinks(AccountTokens tokens, AccountMail mail) {
        this.tokens = tokens;
        this.mail = mail;
    }

    /** Inside the caller's transaction; the mail leaves once it commits. */
    void send(Person person) {
        mail.confirmAddress(person, tokens.issue(person, AccountToken.Purpose.CONFIRM_EMAIL, VALID_FOR), VALID_FOR);
    }
}
