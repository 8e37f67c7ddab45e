package org.joinedup.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Vaadin scans only the portal's own packages at start-up (vaadin.allowed-packages, see
 * decision 025), not its own jars: every route of every module must still be found by the
 * real servlet start-up, not only by the browserless tests' own discovery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class VaadinScanTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void the_narrowed_scan_finds_every_route_of_every_module() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(context.getServletContext()));
        Set<String> registered = registry.getRegisteredRoutes().stream()
                .map(route -> route.getNavigationTarget().getName())
                .collect(Collectors.toSet());

        assertThat(registered).containsAll(routesUnder("org.joinedup"));
        assertThat(registered).as("the first page").contains("org.joinedup.portal.security.LoginView");
    }

    private static Set<String> routesUnder(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = scanner.findCandidateComponents(basePackage).stream()
                .map(definition -> definition.getBeanClassName())
                .collect(Collectors.toSet());
        assertThat(routes).as("routes found on the class path").hasSizeGreaterThan(20);
        return routes;
    }
}
