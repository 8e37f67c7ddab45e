package org.joinedup.portal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

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
        HttpResponse<String> answer = postCode(client, base, code(demoAuthenticatorKey, now, 0));
        if (location(answer).contains("error=used")) {
            answer = postCode(client, base, code(demoAuthenticatorKey, now, 1));
        }
        return answer;
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static HttpResponse<String> postCode(HttpClient client, URI base, String code) throws Exception {
        return FormPosts.post(client, base, TwoStepSignInConfigurer.CODE_PATH, Map.of("code", code));
    }

    private static String code(String base32Key, Instant now, int steps) throws Exception {
        var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        byte[] key = new Base32().decode(base32Key);
        return generator.generateOneTimePasswordString(new SecretKeySpec(key, generator.getAlgorithm()),
                now.plus(Duration.ofSeconds(30L * steps)));
    }
}
