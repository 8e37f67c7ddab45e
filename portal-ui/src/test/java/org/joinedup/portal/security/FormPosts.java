package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Posts a portal form over HTTP as the page holding it does, with the CSRF token that
 * the page carries. Each post is first sent without the token and must be refused, so
 * every test that posts a form fails on the day that form stops needing its token.
 */
public final class FormPosts {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 5;

    private FormPosts() {
    }

    /**
     * Opens {@code path} as a browser would (following redirects to the page shown), then
     * posts the fields there: once without the page's token, which must be refused, then with it.
     */
    public static HttpResponse<String> post(HttpClient client, URI base, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return prepare(client, base, path, fields).submit();
    }

    /** Everything {@link #post} does but the post with the token, which {@link Ready#submit} sends. */
    public static Ready prepare(HttpClient client, URI base, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return prepare(client, base, path, fields, Map.of());
    }

    /** As {@link #prepare(HttpClient, URI, String, Map)}, with these headers on the posts. */
    public static Ready prepare(HttpClient client, URI base, String path, Map<String, String> fields,
            Map<String, String> headers) throws IOException, InterruptedException {
        String page = pageAt(client, base, path);
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put(find(PARAMETER, page, path), find(TOKEN, page, path));

        HttpResponse<String> withoutToken = client.send(request(base.resolve(path), fields, headers),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused(withoutToken))
                .as("a post to %s without its CSRF token must be refused, but got %s %s", path,
                        withoutToken.statusCode(), withoutToken.headers().firstValue("Location").orElse(""))
                .isTrue();
        return new Ready(client, request(base.resolve(path), withToken, headers));
    }

    /** A form filled in with its page's token, not yet sent. */
    public record Ready(HttpClient client, HttpRequest request) {

        public HttpResponse<String> submit() throws IOException, InterruptedException {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        public CompletableFuture<HttpResponse<String>> submitAsync() {
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The password form of the sign-in page. */
    public static HttpResponse<String> signIn(HttpClient client, URI base, String username, String password)
            throws IOException, InterruptedException {
        return prepareSignIn(client, base, username, password).submit();
    }

    public static Ready prepareSignIn(HttpClient client, URI base, String username, String password)
            throws IOException, InterruptedException {
        return prepareSignIn(client, base, username, password, Map.of());
    }

    public static Ready prepareSignIn(HttpClient client, URI base, String username, String password,
            Map<String, String> headers) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        return prepare(client, base, "/login", fields, headers);
    }

    /** Refused as the portal refuses a form without its token: sent back to sign in again, or forbidden. */
    public static boolean refused(HttpResponse<String> response) {
        return response.statusCode() == 403 || (response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith(StaleSignInForm.SIGN_IN_AGAIN));
    }

    private static String pageAt(HttpClient client, URI base, String path) throws IOException, InterruptedException {
        URI at = base.resolve(path);
        for (int redirect = 0; redirect <= MAX_REDIRECTS; redirect++) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(at).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var location = page.headers().firstValue("Location");
            if (page.statusCode() / 100 != 3 || location.isEmpty()) {
                return page.body();
            }
            at = at.resolve(location.get());
        }
        throw new AssertionError("More than " + MAX_REDIRECTS + " redirects opening " + path);
    }

    private static String find(Pattern pattern, String page, String path) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("the page at %s carries a CSRF token", path).isTrue();
        return matcher.group(1);
    }

    private static HttpRequest request(URI uri, Map<String, String> fields, Map<String, String> headers) {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return request.build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
