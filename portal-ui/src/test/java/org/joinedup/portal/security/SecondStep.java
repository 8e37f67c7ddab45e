package org.joinedup.portal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Finishes a sign-in over HTTP as a person with the demo authenticator would: when the
 * password step leads to the code page, posts the code the app shows now, or the next
 * one if this step's code was already used by an earlier sign-in of the same person.
 */
final class SecondStep {

    private SecondStep() {
    }

    /** @param now the portal's time (its clock may be moved by the test), which the authenticator app follows */
    static HttpResponse<String> completeIfAsked(HttpClient client, URI base, HttpResponse<String> afterPassword,
            String demoAuthenticatorKey, Instant now) throws Exception {
        if (!location(afterPassword).endsWith("/two-factor")) {
            return afterPassword;
        }
        return postCurrentCode(client, base, demoAuthenticatorKey, now);
    }

    /** Posts the code the app shows now, or the next one if this step's code was already used. */
    static HttpResponse<String> postCurrentCode(HttpClient client, URI base, String authenticatorKey, Instant now)
            throws Exception {
        HttpResponse<String> answer = postCode(client, base, code(authenticatorKey, now, 0));
        if (location(answer).contains("error=used")) {
            answer = postCode(client, base, code(authenticatorKey, now, 1));
        }
        return answer;
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Six digits that are no code of the key around {@code now}, so the portal refuses them as wrong for certain. */
    static String wrongCode(String base32Key, Instant now) throws Exception {
        Set<String> near = new HashSet<>();
        for (int steps = -25; steps <= 5; steps++) {
            near.add(code(base32Key, now, steps));
        }
        for (int candidate = 0; ; candidate++) {
            String code = "%06d".formatted(candidate);
            if (!near.contains(code)) {
                return code;
            }
        }
    }

    /** Posts a code at the second step as its form does, and returns the answer without following it. */
    static HttpResponse<String> postCode(HttpClient client, URI base, String code) throws Exception {
        return FormPosts.post(client, base, TwoStepSignInConfigurer.CODE_PATH, Map.of("code", code));
    }

    private static String code(String base32Key, Instant now, int steps) throws Exception {
        var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        byte[] key = new Base32().decode(base32Key);
        return generator.generateOneTimePasswordString(new SecretKeySpec(key, generator.getAlgorithm()),
                now.plus(Duration.ofSeconds(30L * steps)));
    }
}
