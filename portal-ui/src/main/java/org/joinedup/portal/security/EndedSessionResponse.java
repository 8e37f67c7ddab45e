package org.joinedup.portal.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * What a request on an ended session gets, once it has been signed out. Opening a page
 * goes to the sign-in page. A click in a page that is already open is a Vaadin request;
 * it continues to Vaadin, which now finds no session and answers "session expired", so
 * Vaadin's client opens the sign-in page ({@code PortalServiceSetup} names it), just as
 * after a period without activity. A redirect would not do: the browser would follow it
 * inside the page's background request and the page would stay as it was.
 */
class EndedSessionResponse implements SessionInformationExpiredStrategy {

    static final String SIGN_IN_AGAIN = "/login?expired";

    private final RequestUtil vaadinRequests;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    EndedSessionResponse(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException, ServletException {
        HttpServletRequest request = event.getRequest();
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            event.getFilterChain().doFilter(request, event.getResponse());
        } else {
            redirect.sendRedirect(request, event.getResponse(), SIGN_IN_AGAIN);
        }
    }
}
