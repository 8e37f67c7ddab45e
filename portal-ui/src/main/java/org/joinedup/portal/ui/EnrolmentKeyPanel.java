package org.joinedup.portal.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.joinedup.identity.twofactor.EnrolmentKey;

/**
 * A new authenticator key, as a QR code to scan and as text to type. The QR image is
 * drawn on the server and served only to this page, never cached.
 */
public class EnrolmentKeyPanel extends Div {

    public static final String QR_DESCRIPTION = "QR code that adds JoinedUp to an authenticator app";

    public EnrolmentKeyPanel(EnrolmentKey key) {
        addClassName("enrolment-key");
        byte[] svg = QrCodeSvg.of(key.otpauthUri());
        Image qr = new Image(DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("Cache-Control", "no-store");
            return new DownloadResponse(new ByteArrayInputStream(svg), "authenticator-key.svg", "image/svg+xml",
                    svg.length);
        }).inline(), QR_DESCRIPTION);
        qr.addClassName("qr-code");
        Code secret = new Code(key.grouped());
        secret.addClassName("authenticator-key");
        add(qr, new Paragraph("Cannot scan it? Choose to enter a key by hand in the app and type this key:"), secret);
    }
}
