package org.joinedup.portal.profile;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.DataExport;
import org.joinedup.identity.people.YourDataService;

/** Taking a copy of everything the portal holds about you, and closing your account. */
class YourDataSection extends Section {

    final Anchor download;
    final Button close = new Button("Close my account\u2026");

    YourDataSection(YourDataService yourData, boolean withPassword, AuthenticationContext authentication) {
        // The file is built when the link is followed, in that request, for whoever is signed in then.
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            DataExport export = yourData.exportMyData();
            return new DownloadResponse(new ByteArrayInputStream(export.content()), export.fileName(),
                    DataExport.MEDIA_TYPE, export.content().length);
        }), AttachmentType.DOWNLOAD, "Download my data");
        download.getElement().setAttribute("aria-describedby", "your-data-download-help");
        Paragraph downloadHelp = new Paragraph("One file with everything JoinedUp holds about you: your profile, "
                + "your roles and organisation, and the record of changes to your account. It is in JSON, a format "
                + "other programs can read.");
        downloadHelp.setId("your-data-download-help");

        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(event -> new CloseAccountDialog(yourData::closeMyAccount, withPassword,
                authentication::logout).open());

        add(new H2("Your data"), downloadHelp, download,
                new H3("Close your account"),
                new Paragraph("If you no longer want to take part, you can close your account. "
                        + (withPassword ? "You will be asked to confirm with your password."
                                : "You will be asked to confirm with your e-mail address.")),
                close);
    }
}
