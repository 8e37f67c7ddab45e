package org.joinedup.portal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * What the access matrix must cover, found in the code: every route, and every public
 * method of every public {@code @Service} and {@code @Component}, under {@code org.joinedup} and outside
 * {@code internal} packages. For a missing row
 * it suggests the "allowed" value the annotations declare.
 */
final class AccessTargets {

    private static final String BASE_PACKAGE = "org.joinedup";
    private static final Pattern HAS_ROLES = Pattern.compile("has(?:Any)?Role\\((.*)\\)");

    /** A public service method and the service class it is called on. */
    record ServiceMethod(Class<?> service, Method method) {
    }

    private AccessTargets() {
    }

    /** Routes by address ({@code /} for the root), as Vaadin registered them. Needs a current VaadinService. */
    @SuppressWarnings("unchecked")
    static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (Class<?> type : annotated(Route.class)) {
            Class<? extends Component> view = (Class<? extends Component>) type;
            String template = RouteConfiguration.forApplicationScope().getTemplate(view)
                    .orElseThrow(() -> new IllegalStateException(view.getName() + " has @Route but is not registered"));
            routes.put("/" + template, view);
        }
        return routes;
    }

    /** Public methods of public services, by their name in the matrix, e.g. {@code PeopleDirectory.count(String)}. */
    static Map<String, ServiceMethod> serviceMethods() {
        return publicMethods(annotated(Service.class, true));
    }

    /**
     * Public methods of public classes annotated {@code @Component} itself (not a
     * stereotype built on it such as {@code @Configuration}): views can call them as they
     * call services. Methods that implement a framework's callback (an
     * {@code ApplicationRunner}'s {@code run}, a {@code DisposableBean}'s {@code destroy})
     * are left out: the framework calls them, not people.
     */
    static Map<String, ServiceMethod> componentMethods() {
        Map<String, ServiceMethod> methods = publicMethods(annotated(org.springframework.stereotype.Component.class, false));
        methods.values().removeIf(target -> frameworkCallback(target.method()));
        return methods;
    }

    private static Map<String, ServiceMethod> publicMethods(Iterable<Class<?>> types) {
        Map<String, ServiceMethod> methods = new TreeMap<>();
        for (Class<?> type : types) {
            if (!Modifier.isPublic(type.getModifiers()) || insideAFeature(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass().getName().startsWith(BASE_PACKAGE)
                        && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                    methods.put(name(type, method), new ServiceMethod(type, method));
                }
            }
        }
        return methods;
    }

    /**
     * Classes in an {@code internal} package are public only for the rest of their feature:
     * ModuleBoundariesTest keeps views and other features away from them, so access is
     * checked at the feature's public services that call them.
     */
    private static boolean insideAFeature(Class<?> type) {
        return type.getPackageName().contains(".internal");
    }

    private static boolean frameworkCallback(Method method) {
        return ClassUtils.getAllInterfacesForClassAsSet(method.getDeclaringClass()).stream()
                .filter(contract -> !contract.getName().startsWith(BASE_PACKAGE))
                .anyMatch(contract -> ClassUtils.hasMethod(contract, method.getName(), method.getParameterTypes()));
    }

    /** What a view's access annotation allows, in the matrix's words. */
    static String declaredFor(Class<?> view) {
        return declared(view).orElse("nobody");
    }

    /** What a method's (or its class's) access annotation allows, in the matrix's words. */
    static String declaredFor(ServiceMethod target) {
        return declared(target.method())
                .or(() -> declared(target.service()))
                .orElse("everyone");
    }

    private static Optional<String> declared(AnnotatedElement element) {
        PreAuthorize preAuthorize = element.getAnnotation(PreAuthorize.class);
        if (preAuthorize != null) {
            return Optional.of(fromExpression(preAuthorize.value()));
        }
        RolesAllowed rolesAllowed = element.getAnnotation(RolesAllowed.class);
        if (rolesAllowed != null) {
            return Optional.of(String.join(", ", rolesAllowed.value()));
        }
        if (element.isAnnotationPresent(AnonymousAllowed.class)) {
            return Optional.of("everyone");
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of("signed in");
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of("nobody");
        }
        return Optional.empty();
    }

    private static String fromExpression(String expression) {
        String spel = expression.strip();
        Matcher roles = HAS_ROLES.matcher(spel);
        if (roles.matches()) {
            return Arrays.stream(roles.group(1).split(","))
                    .map(role -> role.strip().replace("'", "").replace("ROLE_", ""))
                    .collect(Collectors.joining(", "));
        }
        return switch (spel) {
            case "isAuthenticated()" -> "signed in";
            case "permitAll()" -> "everyone";
            case "denyAll()" -> "nobody";
            default -> "? (work out who passes " + spel + ")";
        };
    }

    private static String name(Class<?> service, Method method) {
        return service.getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private static Iterable<Class<?>> annotated(Class<? extends Annotation> annotation) {
        return annotated(annotation, true);
    }

    private static Iterable<Class<?>> annotated(Class<? extends Annotation> annotation, boolean orMetaAnnotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation, orMetaAnnotation, false));
        return scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, AccessTargets.class.getClassLoader()))
                .toList();
    }
}
