package org.joinedup.portal.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when opening a page fails; the details go to the log under a reference, never to the page. */
@PageTitle("Something went wrong | JoinedUp")
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    public ServerErrorView() {
        super("Something went wrong", "JoinedUp could not open this page. Nothing you saved has been lost.");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = Incidents.log("Opening " + event.getLocation().getPath(), parameter.getCaughtException());
        showDetails("If it keeps happening, tell your administrator the reference " + incident + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
