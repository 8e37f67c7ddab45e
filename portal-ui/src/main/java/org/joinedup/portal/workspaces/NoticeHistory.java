package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.joinedup.pathway.notices.NoticeDetails;

/** The workspace history's list of urgent notices: each with where it stands and who did what, newest first. */
class NoticeHistory extends Div {

    final UnorderedList items = new UnorderedList();

    NoticeHistory() {
        addClassName("notice-history");
        items.getElement().setAttribute("aria-label", "Urgent notices");
    }

    void show(long workspaceId, List<NoticeDetails> notices) {
        removeAll();
        items.removeAll();
        notices.forEach(notice -> items.add(new ListItem("\u201c" + notice.title() + "\u201d: "
                + notice.state().label().toLowerCase(Locale.ROOT) + ". " + NoticesView.story(notice))));
        add(new H2("Urgent notices"));
        if (notices.isEmpty()) {
            Paragraph none = new Paragraph("No urgent notice has been drafted.");
            none.addClassName("empty-state");
            add(none);
        } else {
            add(items);
        }
        add(WorkspaceRoutes.link("Open the urgent notices", "workspaces/" + workspaceId + "/notices"));
    }
}
