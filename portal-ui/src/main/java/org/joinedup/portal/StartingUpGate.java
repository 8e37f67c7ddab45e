package org.joinedup.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server listens before the portal is ready: the demo data is written and the
 * search index checked after it starts. Until then (and again once the portal is
 * stopping) every request gets a short "starting" page with status 503 instead of a page
 * over half-written data, so nobody signs in to a portal that is not ready. It stands
 * just behind the security filters, so the answer carries the same security headers as
 * every other.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class StartingUpGate extends OncePerRequestFilter {

    static final String STARTING_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
            <title>JoinedUp is starting</title></head>
            <body><p>JoinedUp is starting. This page opens by itself in a few seconds.</p></body></html>
            """;

    private final ApplicationAvailability availability;

    StartingUpGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(STARTING_PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
