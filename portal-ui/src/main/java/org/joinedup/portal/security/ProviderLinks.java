package org.joinedup.portal.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.server.WrappedSession;
import org.joinedup.identity.people.ExternalIdentityClaims;

/**
 * The one-time state of connecting a provider to a signed-in account, kept in that
 * person's session and nowhere else: first the intent (they chose "Connect" on their
 * profile, so their next return from that provider connects rather than signs in), then
 * the offer (the identity the provider confirmed, waiting for them to confirm it here),
 * and a refusal to show them once. Each is taken when used; intent and offer expire.
 * Filters reach the session through Vaadin's wrapper too, so both sides read it alike.
 */
final class ProviderLinks {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final String INTENT = ProviderLinks.class.getName() + ".intent";
    private static final String OFFER = ProviderLinks.class.getName() + ".offer";
    private static final String REFUSAL = ProviderLinks.class.getName() + ".refusal";

    /** The person chose to connect this provider from their profile. */
    record Intent(long personId, String registrationId, Instant expiresAt) implements Serializable {
    }

    /**
     * An identity the provider has just confirmed, for the person to connect or not.
     *
     * @param providerName the provider's name, as the sign-in page shows it
     * @param shownAs      how the person knows the account there: its e-mail address, else its subject
     */
    record Offer(long personId, String registrationId, String providerName, String shownAs,
            ExternalIdentityClaims identity, Instant expiresAt) implements Serializable {
    }

    private ProviderLinks() {
    }

    static void intend(WrappedSession session, Intent intent) {
        session.removeAttribute(OFFER);
        session.setAttribute(INTENT, intent);
    }

    /** The intent, removed from the session, whether or not it has expired: it serves one return at most. */
    static Optional<Intent> takeIntent(WrappedSession session) {
        Object intent = session.getAttribute(INTENT);
        session.removeAttribute(INTENT);
        return intent instanceof Intent found ? Optional.of(found) : Optional.empty();
    }

    static void offer(WrappedSession session, Offer offer) {
        session.setAttribute(OFFER, offer);
    }

    /** The offer waiting for this person, unless it has expired. */
    static Optional<Offer> offerFor(WrappedSession session, long personId, Instant now) {
        return session.getAttribute(OFFER) instanceof Offer offer && offer.personId() == personId
                && now.isBefore(offer.expiresAt()) ? Optional.of(offer) : Optional.empty();
    }

    static void dropOffer(WrappedSession session) {
        session.removeAttribute(OFFER);
    }

    /** A sentence for the confirmation page to show once. */
    static void refuse(WrappedSession session, String message) {
        session.setAttribute(REFUSAL, message);
    }

    static Optional<String> takeRefusal(WrappedSession session) {
        Object message = session.getAttribute(REFUSAL);
        session.removeAttribute(REFUSAL);
        return message instanceof String text ? Optional.of(text) : Optional.empty();
    }
}
