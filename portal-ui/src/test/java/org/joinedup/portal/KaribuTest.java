package org.joinedup.portal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless view tests: the whole application against the real MariaDB, with Vaadin
 * mocked by Karibu-Testing so views are created, clicked and read in the test thread.
 */
@JoinedUpTest
public abstract class KaribuTest {

    private static final Routes routes = new Routes().autoDiscoverViews("org.joinedup");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService users;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs in as a demo person, loaded exactly as the sign-in form loads them. */
    protected void signInAs(String demoLocalPart) {
        UserDetails user = users.loadUserByUsername(demoLocalPart + "@demo.joinedup.example");
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        // Vaadin's security-context strategy reads the context from the session, as after a real sign-in.
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected static void navigateTo(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * Opens an address as typing it into the browser would, and returns the HTTP status
     * the page would be served with. Unlike {@link UI#navigate(String)} this reaches the
     * not-found page for an unknown address.
     */
    protected static int openAddress(String location) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PAGE_LOAD);
    }

    /** Opens a page with a query parameter, as a redirect from Spring Security would. */
    protected static void navigateTo(String location, String parameter) {
        navigateTo(location, parameter, "");
    }

    protected static void navigateTo(String location, String parameter, String value) {
        UI.getCurrent().navigate(location, QueryParameters.simple(Map.of(parameter, value)));
    }

    protected static Class<?> currentView() {
        return UI.getCurrent().getCurrentView().getClass();
    }
}
