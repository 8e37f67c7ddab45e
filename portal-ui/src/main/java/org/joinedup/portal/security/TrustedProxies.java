package org.joinedup.portal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the reverse
 * proxies listed in {@code JOINEDUP_TRUSTED_PROXIES} (addresses and CIDR ranges), through
 * Tomcat's {@link RemoteIpValve}. From anyone else the headers are ignored, so nobody can
 * pose as another address to dodge the per-address sign-in limits. Runs after Spring Boot's
 * own set-up and replaces whatever valve that made: Boot's forwarded-headers support, when
 * switched on or deduced on a cloud platform, trusts every private address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    static final String SETTING = "JOINEDUP_TRUSTED_PROXIES";
    private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);
    /** Literal addresses only, checked before Tomcat reads them: a name would be looked up. */
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET + "(/\\d{1,2})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(/\\d{1,3})?");

    private final List<String> ranges;

    TrustedProxies(@Value("${joinedup.trusted-proxies:}") List<String> entries) {
        this.ranges = asRanges(entries);
    }

    /** Each entry as a CIDR range (a single address as /32 or /128), checked. */
    static List<String> asRanges(List<String> entries) {
        List<String> ranges = new ArrayList<>();
        for (String entry : entries) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!IPV4.matcher(trimmed).matches() && !IPV6.matcher(trimmed).matches()) {
                throw invalid(trimmed, null);
            }
            String range = trimmed.contains("/") ? trimmed : trimmed + (trimmed.contains(":") ? "/128" : "/32");
            try {
                new NetMask(range);
            } catch (IllegalArgumentException e) {
                throw invalid(trimmed, e);
            }
            ranges.add(range);
        }
        return List.copyOf(ranges);
    }

    private static IllegalStateException invalid(String entry, Exception cause) {
        return new IllegalStateException(SETTING + ": \"" + entry + "\" is neither an IP address nor a CIDR range "
                + "such as 10.20.0.0/16", cause);
    }

    List<String> ranges() {
        return ranges;
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        factory.setEngineValves(factory.getEngineValves().stream().filter(valve -> !(valve instanceof RemoteIpValve))
                .toList());
        if (ranges.isEmpty()) {
            log.info("No trusted proxies ({}): X-Forwarded-For and X-Forwarded-Proto are ignored", SETTING);
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        // As a comma-separated list containing a "/", Tomcat reads CIDR ranges rather than a regular expression.
        valve.setInternalProxies(String.join(",", ranges));
        valve.setTrustedProxies(null);
        factory.addEngineValves(valve);
        log.info("X-Forwarded-For and X-Forwarded-Proto are believed only from {}", ranges);
    }

    /** After Spring Boot's own customizer, whose valve this replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
