package org.joinedup.platform.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Full addresses of portal pages for mail, from the portal's public address ({@code joinedup.public-url}). */
@Component
public class PortalLinks {

    private final String base;

    PortalLinks(@Value("${joinedup.public-url:http://localhost:8080/}") String publicUrl) {
        String stripped = publicUrl.strip();
        this.base = stripped.endsWith("/") ? stripped : stripped + "/";
    }

    /** The full address of a route inside the portal, such as {@code reset-password?token=…}. */
    public String to(String route) {
        return base + (route.startsWith("/") ? route.substring(1) : route);
    }
}
