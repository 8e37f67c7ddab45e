package org.joinedup.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.joinedup.pathway.people.DemoPeople;
import org.joinedup.pathway.people.Role;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.portal.AccessMatrix.Row;
import org.joinedup.portal.AccessTargets.ServiceMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@value AccessMatrix#FILE} against the code: every route and public service method has
 * a row, every row names something that exists, and every role, and a visitor who is not
 * signed in, is allowed or denied exactly as the row says. Each role is played by a demo
 * person holding that role alone. Service calls run in transactions that are rolled back,
 * and the class has a database of its own in case a call changes anything regardless.
 */
@DirtiesContext
class AccessMatrixTest extends KaribuTest {

    private static final AccessMatrix matrix = AccessMatrix.read();

    @Autowired
    DemoPeople demo;
    @Autowired
    NavigationAccessControl navigationAccess;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** Who is calling: a role, or nobody signed in. */
    private record Caller(Role role) {

        @Override
        public String toString() {
            return role == null ? "a visitor who is not signed in" : role.name();
        }
    }

    @Test
    void every_route_and_public_service_method_has_a_row_and_every_row_names_one_that_exists() {
        Map<String, String> found = new TreeMap<>();
        AccessTargets.routes().forEach((address, view) ->
                found.put(AccessMatrix.ROUTE + " " + address,
                        AccessMatrix.line(AccessMatrix.ROUTE, address, AccessTargets.declaredFor(view))));
        AccessTargets.serviceMethods().forEach((name, target) ->
                found.put(AccessMatrix.SERVICE + " " + name,
                        AccessMatrix.line(AccessMatrix.SERVICE, name, AccessTargets.declaredFor(target))));
        Set<String> listed = matrix.rows().stream().map(Row::key).collect(Collectors.toSet());

        List<String> missing = found.entrySet().stream()
                .filter(entry -> !listed.contains(entry.getKey())).map(Map.Entry::getValue).toList();
        List<String> stale = matrix.rows().stream().filter(row -> !found.containsKey(row.key()))
                .map(row -> "line " + row.line() + ": " + row.key()).toList();

        if (!missing.isEmpty() || !stale.isEmpty()) {
            StringBuilder message = new StringBuilder(AccessMatrix.FILE + " is out of date.");
            if (!missing.isEmpty()) {
                message.append("\nAdd these rows to its table (the allowed column is read from the access "
                        + "annotations; correct it if they are wrong, and the test will hold the code to it):\n");
                missing.forEach(line -> message.append(line).append('\n'));
            }
            if (!stale.isEmpty()) {
                message.append("\nRemove these rows: no such route or public service method exists any more:\n");
                stale.forEach(line -> message.append(line).append('\n'));
            }
            fail(message.toString());
        }
    }

    @Test
    void every_route_lets_in_exactly_the_roles_its_row_names() {
        Map<String, Class<? extends Component>> routes = AccessTargets.routes();
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix.rows(AccessMatrix.ROUTE)) {
            Class<? extends Component> view = routes.get(row.name());
            if (view == null) {
                continue;
            }
            for (Caller caller : callers()) {
                boolean allowed = as(caller, () -> navigationAccess.checkAccess(
                        navigationAccess.createNavigationContext(view, row.name().substring(1),
                                VaadinService.getCurrent(), null),
                        true).decision() == AccessCheckDecision.ALLOW);
                check(row, caller, allowed, wrong);
            }
        }
        assertThat(wrong).as("Routes whose access differs from " + AccessMatrix.FILE).isEmpty();
    }

    @Test
    void every_service_method_lets_in_exactly_the_roles_its_row_names() {
        Map<String, ServiceMethod> methods = AccessTargets.serviceMethods();
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix.rows(AccessMatrix.SERVICE)) {
            ServiceMethod target = methods.get(row.name());
            if (target == null) {
                continue;
            }
            Object proxy = context.getBean(target.service());
            for (Caller caller : callers()) {
                check(row, caller, as(caller, () -> passesAccessCheck(proxy, target.method())), wrong);
            }
        }
        assertThat(wrong).as("Service methods whose access differs from " + AccessMatrix.FILE).isEmpty();
    }

    private static void check(Row row, Caller caller, boolean allowed, List<String> wrong) {
        if (allowed != row.allows(caller.role())) {
            wrong.add(row.key() + " (line " + row.line() + ", allowed: " + row.allowed() + ") "
                    + (allowed ? "lets in " : "refuses ") + caller);
        }
    }

    /**
     * Calls the method with harmless arguments in a transaction that is rolled back. Only a
     * refusal by access control counts as denied; any other failure (bad input, nothing
     * found) means the call got past it.
     */
    private boolean passesAccessCheck(Object proxy, Method method) {
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);
        return Boolean.TRUE.equals(rolledBack.execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(proxy, harmlessArguments(method));
                return true;
            } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                // A refusal for one workspace comes after the role check: the call got past it.
                return failure instanceof WorkspaceAccessDeniedException
                        || !(failure instanceof AccessDeniedException
                                || failure instanceof AuthenticationCredentialsNotFoundException);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot call " + method, e);
            }
        }));
    }

    private static Object[] harmlessArguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(AccessMatrixTest::harmless).toArray();
    }

    private static Object harmless(Class<?> type) {
        if (type.isPrimitive()) {
            return Array.get(Array.newInstance(type, 1), 0);
        }
        if (type == String.class) {
            return "";
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        return null;
    }

    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller(null));
        for (Role role : Role.values()) {
            callers.add(new Caller(role));
        }
        return callers;
    }

    private <T> T as(Caller caller, Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(caller));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A demo person who holds the role, signed in with that role alone; or the anonymous visitor. */
    private Authentication authentication(Caller caller) {
        if (caller.role() == null) {
            return new AnonymousAuthenticationToken("access-matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        String email = demo.accounts().stream()
                .filter(account -> account.roles().contains(caller.role()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo person is " + caller))
                .email();
        UserDetails user = users.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList(caller.role().authority()));
    }
}
