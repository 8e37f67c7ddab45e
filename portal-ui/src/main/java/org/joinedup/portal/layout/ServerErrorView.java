package org.joinedup.portal.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when opening a page fails; the details go to the log under a reference, never to the page. */
@PageTitle("Something went wrong | JoinedUp")
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private final Paragraph reference = new Paragraph();

    public ServerErrorView() {
        addClassName("error-page");
        add(new H1("Something went wrong"),
                new Paragraph("JoinedUp could not open this page. Nothing you saved has been lost."),
                reference, new Anchor("", "Go to your dashboard"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = Incidents.log("Opening " + event.getLocation().getPath(), parameter.getCaughtException());
        reference.setText("If it keeps happening, tell your administrator the reference " + incident + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
