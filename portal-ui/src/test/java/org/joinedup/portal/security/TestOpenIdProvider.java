package org.joinedup.portal.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID provider for tests: Spring Authorization Server in an application context
 * of its own, on a random port, with one registered client (the portal) and users whose ID
 * token claims the test decides. It is addressed as {@code localhost}, the portal as
 * {@code 127.0.0.1}, so a browser keeps the two servers' cookies apart.
 */
final class TestOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "joinedup-portal";
    static final String CLIENT_SECRET = "test-client-secret";
    static final String PASSWORD = "provider-password";
    /** Put as a claim's value to leave the claim out of the ID token altogether. */
    static final Object ABSENT = new Object();

    private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
    private final ConfigurableApplicationContext context;

    private TestOpenIdProvider() {
        context = new SpringApplicationBuilder(ProviderConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(ctx -> ((GenericApplicationContext) ctx)
                        .registerBean(TestOpenIdProvider.class, () -> this))
                // Its own configuration name, so none of the portal's properties reach it. Its endpoints are
                // all filters; Tomcat runs filters only for a request mapped to a servlet, hence the default one.
                .run("--spring.config.name=test-openid-provider", "--server.port=0",
                        "--server.servlet.register-default-servlet=true");
    }

    static TestOpenIdProvider start() {
        return new TestOpenIdProvider();
    }

    String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Adds (or changes) a user who signs in with {@link #PASSWORD} and gets exactly these ID token claims. */
    void user(String username, Map<String, Object> idTokenClaims) {
        users.put(username, Map.copyOf(idTokenClaims));
    }

    @Override
    public void close() {
        context.close();
    }

    /** Not a {@code @Configuration}, so the portal's component scan never picks it up. */
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    static class ProviderConfiguration {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                http.securityMatcher(server.getEndpointsMatcher());
                server.oidc(Customizer.withDefaults());
            });
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
            http.exceptionHandling(exceptions -> exceptions
                    .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain providerSignIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
            http.formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // Loopback addresses: the provider accepts them on any port, such as the portal's random one.
                    // The portal registers this one client three times, with different rules for each.
                    .redirectUri("http://127.0.0.1/login/oauth2/code/test")
                    .redirectUri("http://127.0.0.1/login/oauth2/code/nhs")
                    .redirectUri("http://127.0.0.1/login/oauth2/code/trusted")
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        @Bean
        UserDetailsService providerUsers(TestOpenIdProvider provider) {
            return username -> {
                if (!provider.users.containsKey(username)) {
                    throw new UsernameNotFoundException(username);
                }
                return User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
            };
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(TestOpenIdProvider provider) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Map<String, Object> wanted = provider.users.getOrDefault(context.getPrincipal().getName(), Map.of());
                context.getClaims().claims(claims -> wanted.forEach((name, value) -> {
                    if (value == ABSENT) {
                        claims.remove(name);
                    } else {
                        claims.put(name, value);
                    }
                }));
            };
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> signingKeys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<com.nimbusds.jose.proc.SecurityContext> signingKeys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        }

        /**
         * The portal, in the same JVM, replaces Spring Security's global context holder with
         * Vaadin's, and the authorization endpoint reads that global holder; so the provider's
         * filters must store the signed-in user there too, whenever it was replaced.
         */
        @Bean
        SecurityContextHolderStrategy globalContextHolder() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
