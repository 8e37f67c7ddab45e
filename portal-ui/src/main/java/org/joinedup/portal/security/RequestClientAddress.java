package org.joinedup.portal.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.server.VaadinRequest;
import org.joinedup.platform.throttle.ClientAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from, as the servlet request reports it (the same
 * {@code getRemoteAddr()} the sign-in throttle reads): from the Vaadin request being
 * served, else from Spring's record of the current HTTP request.
 */
@Component
class RequestClientAddress implements ClientAddress {

    @Override
    public Optional<String> current() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return Optional.ofNullable(vaadin.getRemoteAddr());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }
}
