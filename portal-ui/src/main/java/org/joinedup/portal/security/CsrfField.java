package org.joinedup.portal.security;

import java.util.Optional;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/** The hidden CSRF field of a plain HTML form that posts to Spring Security's filters rather than to Vaadin. */
final class CsrfField {

    private CsrfField() {
    }

    /** The field for the current request's token, or empty outside a request (a view test). */
    static Optional<Input> current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return Optional.empty();
        }
        Input hidden = new Input();
        hidden.setType("hidden");
        hidden.getElement().setAttribute("name", token.getParameterName());
        hidden.setValue(token.getToken());
        return Optional.of(hidden);
    }
}
