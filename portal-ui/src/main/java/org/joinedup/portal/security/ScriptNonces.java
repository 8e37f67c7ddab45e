package org.joinedup.portal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * Gives each script of Vaadin's start-up page the nonce that the response's
 * Content-Security-Policy allows, so the page starts while other inline scripts stay blocked.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                String nonce = ContentSecurityPolicy.nonce(request.getHttpServletRequest());
                page.getDocument().getElementsByTag("script").attr("nonce", nonce);
            }
        });
    }
}
