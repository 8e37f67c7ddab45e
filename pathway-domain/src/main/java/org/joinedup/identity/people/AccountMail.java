package org.joinedup.identity.people;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.joinedup.platform.mail.MailMessage;
import org.joinedup.platform.mail.OutgoingMail;
import org.joinedup.platform.mail.PortalLinks;
import org.springframework.stereotype.Component;

/**
 * The e-mails about a person's own account, in plain words, each sent once the change
 * behind it has committed. Links are full addresses built from the portal's public address.
 */
@Component
class AccountMail {

    static final String CONFIRM_ROUTE = "confirm-email";
    static final String RESET_ROUTE = "reset-password";
    private static final String SIGNATURE = "\nJoinedUp\n\nYou are getting this e-mail because this address was "
            + "given on JoinedUp. Please do not reply: nobody reads this mailbox.\n";

    private final OutgoingMail mail;
    private final PortalLinks links;

    AccountMail(OutgoingMail mail, PortalLinks links) {
        this.mail = mail;
        this.links = links;
    }

    void confirmAddress(Person person, String token, Duration validFor) {
        // No name: whoever registered chose it, and it should not put words in an e-mail to someone else's address.
        mail.send(new MailMessage(person.email(), "Confirm your e-mail address for JoinedUp", "Hello,\n\n"
                + "Thank you for registering with JoinedUp as a patient partner.\n\n"
                + "Please confirm that this is your e-mail address by opening this link:\n\n"
                + link(CONFIRM_ROUTE, token) + "\n\n"
                + "The link works once, for the next " + hours(validFor) + ". After that, you can ask for a new "
                + "one on the page it opens.\n\n"
                + "Once your address is confirmed, a moderator looks at your registration. You can sign in when it "
                + "is approved.\n\n"
                + "If you did not register, you can ignore this e-mail: nothing happens unless the link is opened.\n"
                + SIGNATURE));
    }

    void alreadyRegistered(Person person) {
        mail.send(new MailMessage(person.email(), "You already have a JoinedUp account", greeting(person)
                + "Someone, probably you, tried to register with JoinedUp using this e-mail address. You already "
                + "have an account, so no new one was made.\n\n"
                + "To sign in, go to " + links.to("login") + "\n"
                + "If you have forgotten your password, you can choose a new one at " + links.to("forgot-password")
                + "\n\n"
                + "If this was not you, you can ignore this e-mail: your account has not changed.\n"
                + SIGNATURE));
    }

    void resetPassword(Person person, String token, Duration validFor) {
        mail.send(new MailMessage(person.email(), "Choose a new JoinedUp password", greeting(person)
                + "We received a request to choose a new password for your JoinedUp account.\n\n"
                + "To choose one, open this link:\n\n"
                + link(RESET_ROUTE, token) + "\n\n"
                + "The link works once, for the next " + validFor.toMinutes() + " minutes. Once you have chosen a "
                + "new password, you are signed out everywhere and sign in again with it.\n\n"
                + "If you did not ask for this, you can ignore this e-mail: your password stays as it is.\n"
                + SIGNATURE));
    }

    void noPasswordToReset(Person person) {
        mail.send(new MailMessage(person.email(), "Signing in to JoinedUp", greeting(person)
                + "We received a request to choose a new password for your JoinedUp account. Your account does not "
                + "use a password: you sign in through your organisation's or the NHS sign-in service, with the "
                + "button on the sign-in page at " + links.to("login") + "\n\n"
                + "If that sign-in does not work, your organisation's IT service desk can help.\n\n"
                + "If you did not ask for this, you can ignore this e-mail.\n"
                + SIGNATURE));
    }

    private String link(String route, String token) {
        return links.to(route + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static String greeting(Person person) {
        return "Dear " + person.displayName() + ",\n\n";
    }

    private static String hours(Duration duration) {
        long hours = duration.toHours();
        return hours == 1 ? "hour" : hours + " hours";
    }
}
