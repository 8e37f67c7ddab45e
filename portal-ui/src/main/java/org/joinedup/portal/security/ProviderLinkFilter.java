package org.joinedup.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import org.joinedup.identity.people.ConnectedProviders;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.identity.people.SignedInPerson;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Connecting a provider to one's own account, as two plain form posts, like the sign-in
 * steps: "Connect" on the profile ({@value #START_PATH}) records the intent in the session
 * and goes to the provider; after the provider's sign-in, the confirmation page posts the
 * person's decision (and password) to {@value #CONFIRM_PATH}. It sits after Spring
 * Security's access rules, so only someone fully signed in (second factor included, where
 * they need one) reaches it; {@link ConnectedProviders} checks again and does the connecting.
 */
final class ProviderLinkFilter extends OncePerRequestFilter {

    static final String CONFIRM_PATH = "/" + ConnectProviderView.ROUTE;
    static final String START_PATH = CONFIRM_PATH + "/start";
    static final String PROVIDER_PARAMETER = "provider";
    static final String PASSWORD_PARAMETER = "password";
    static final String DECISION_PARAMETER = "decision";
    static final String CONNECT = "connect";
    static final String PROFILE_PATH = "/profile";

    private static final Logger log = LoggerFactory.getLogger(ProviderLinkFilter.class);

    private final RequestMatcher start = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, START_PATH);
    private final RequestMatcher confirm = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, CONFIRM_PATH);
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();
    private final OidcLogin providers;
    private final ConnectedProviders connections;
    private final ProfileService profiles;
    private final Clock clock;

    ProviderLinkFilter(OidcLogin providers, ConnectedProviders connections, ProfileService profiles, Clock clock) {
        this.providers = providers;
        this.connections = connections;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Long> personId = signedInPerson();
        if (personId.isPresent() && start.matches(request)) {
            start(request, response, personId.get());
        } else if (personId.isPresent() && confirm.matches(request)) {
            confirm(request, response, personId.get());
        } else {
            chain.doFilter(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response, long personId) throws IOException {
        String registrationId = request.getParameter(PROVIDER_PARAMETER);
        WrappedSession session = new WrappedHttpSession(request.getSession());
        boolean offered = providers.openTo(profiles.myProfile().roles()).stream()
                .anyMatch(provider -> provider.id().equals(registrationId));
        if (!offered) {
            ProviderLinks.refuse(session, "That provider cannot be connected to your account.");
            redirect.sendRedirect(request, response, CONFIRM_PATH);
            return;
        }
        ProviderLinks.intend(session, new ProviderLinks.Intent(personId, registrationId,
                clock.instant().plus(ProviderLinks.LIFETIME)));
        log.info("Person {} went to {} to connect it", personId, registrationId);
        redirect.sendRedirect(request, response, "/oauth2/authorization/" + registrationId);
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response, long personId) throws IOException {
        WrappedSession session = new WrappedHttpSession(request.getSession());
        Instant now = clock.instant();
        Optional<ProviderLinks.Offer> offer = ProviderLinks.offerFor(session, personId, now);
        if (offer.isEmpty()) {
            ProviderLinks.refuse(session, "Nothing is waiting to be connected any more. Please start again from "
                    + "your profile.");
            redirect.sendRedirect(request, response, CONFIRM_PATH);
            return;
        }
        if (!CONNECT.equals(request.getParameter(DECISION_PARAMETER))) {
            ProviderLinks.dropOffer(session);
            log.info("Person {} chose not to connect {}", personId, offer.get().registrationId());
            redirect.sendRedirect(request, response, PROFILE_PATH);
            return;
        }
        try {
            connections.connectMine(offer.get().identity(), providers.allowedRoles(offer.get().registrationId()),
                    request.getParameter(PASSWORD_PARAMETER));
        } catch (InvalidInputException refused) {
            ProviderLinks.refuse(session, refused.getMessage());
            redirect.sendRedirect(request, response, CONFIRM_PATH);
            return;
        }
        ProviderLinks.dropOffer(session);
        redirect.sendRedirect(request, response, PROFILE_PATH);
    }

    private static Optional<Long> signedInPerson() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof SignedInPerson person
                ? Optional.of(person.personId()) : Optional.empty();
    }
}
