package org.joinedup.portal.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every response. Scripts come only from the portal itself
 * or are inline scripts carrying this response's nonce (Vaadin's start-up page gets it from
 * {@link ScriptNonces}), so a script slipped into a page does not run. Vaadin Flow still
 * needs {@code 'unsafe-eval'}: its client builds functions from the expressions the server
 * sends. Styles need {@code 'unsafe-inline'}: Vaadin's components set inline styles. Nothing
 * may be framed, embedded as a plugin, re-based or posted to another site.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'nonce-%s' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");
    private static final SecureRandom random = new SecureRandom();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, POLICY.formatted(nonce(request)));
        }
    }

    /** This request's nonce, made the first time it is asked for. */
    static String nonce(HttpServletRequest request) {
        if (request.getAttribute(NONCE_ATTRIBUTE) instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }
}
