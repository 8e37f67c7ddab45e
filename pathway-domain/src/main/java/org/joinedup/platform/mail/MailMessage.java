package org.joinedup.platform.mail;

/**
 * One plain-text e-mail to one person.
 *
 * @param to      the recipient's address
 * @param subject one line
 * @param text    the body, plain text; lines end with {@code \n}
 * @throws IllegalArgumentException when the address has no @, or the subject is blank or
 *                                  holds a line break (which would add headers)
 */
public record MailMessage(String to, String subject, String text) {

    public MailMessage {
        if (to == null || to.strip().indexOf('@') < 1 || to.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A mail needs one recipient address");
        }
        if (subject == null || subject.isBlank() || subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A mail needs a subject of one line");
        }
        if (text == null) {
            throw new IllegalArgumentException("A mail needs a body");
        }
    }

    /** Never prints the body: it may hold a single-use link. */
    @Override
    public String toString() {
        return "MailMessage[to=" + to + ", subject=" + subject + "]";
    }
}
