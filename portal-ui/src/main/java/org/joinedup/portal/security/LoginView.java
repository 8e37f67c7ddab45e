package org.joinedup.portal.security;

import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.DemoPeople;
import org.springframework.beans.factory.ObjectProvider;

/** The sign-in page. In the demo profile it also lists the demo sign-ins. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | JoinedUp")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm(i18n());
    private final Paragraph status = new Paragraph();
    private final AuthenticationContext authentication;
    private final OidcLogin oidcLogin;

    LoginView(AuthenticationContext authentication, ObjectProvider<DemoPeople> demoPeople, OidcLogin oidcLogin) {
        this.authentication = authentication;
        this.oidcLogin = oidcLogin;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        status.addClassName("login-status");
        status.setVisible(false);
        status.getElement().setAttribute("role", "status");
        add(new H1("JoinedUp"), new Paragraph("Designing integrated care together."), status, form,
                new Paragraph(new Anchor("forgot-password", "Forgotten your password?")));
        if (!oidcLogin.registrations().isEmpty()) {
            add(new ProviderSignIn(oidcLogin.registrations()));
        }
        add(new Paragraph(new Text("New here? "), new Anchor("register", "Register as a patient partner")));
        demoPeople.ifAvailable(demo -> add(demoSignIns(demo)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            String code = parameters.get("error").stream().findFirst().orElse("");
            SignInProblem problem = SignInProblem.fromCode(code).orElse(SignInProblem.BAD_CREDENTIALS);
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(problem.title());
            String until = parameters.getOrDefault("until", List.of()).stream().findFirst().orElse(null);
            String provider = parameters.getOrDefault("provider", List.of()).stream().findFirst()
                    .flatMap(oidcLogin::provider).map(SignInProviders.Provider::name).orElse(null);
            i18n.getErrorMessage().setMessage(problem.message(until, provider));
            form.setI18n(i18n);
            form.setError(true);
        }
        if (parameters.containsKey("signed-out")) {
            status.setText("You have signed out.");
            status.setVisible(true);
        } else if (parameters.containsKey("expired")) {
            // A session ends after a while without activity, at its absolute limit, or when ended on purpose.
            status.setText("Your session has ended, so you have been signed out. Please sign in again.");
            status.setVisible(true);
        }
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail address");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(SignInProblem.BAD_CREDENTIALS.title());
        i18n.getErrorMessage().setMessage(SignInProblem.BAD_CREDENTIALS.message());
        i18n.getErrorMessage().setUsername("Enter your e-mail address");
        i18n.getErrorMessage().setPassword("Enter your password");
        return i18n;
    }

    private static Div demoSignIns(DemoPeople demo) {
        UnorderedList accounts = new UnorderedList();
        List<DemoPeople.DemoAccount> all = demo.accounts();
        all.forEach(account -> accounts.add(new ListItem(new Span(account.email()),
                new Span(" — " + account.displayName()))));
        Div panel = new Div(new H2("Demonstration portal"),
                new Paragraph("Every person and organisation here is fictional. Sign in as any of them with the "
                        + "password \u201c" + demo.password() + "\u201d."),
                accounts);
        panel.addClassName("demo-panel");
        return panel;
    }
}
