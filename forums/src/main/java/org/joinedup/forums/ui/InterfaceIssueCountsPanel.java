package org.joinedup.forums.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.joinedup.forums.interfaceissues.AgeBand;
import org.joinedup.forums.interfaceissues.InterfaceIssueCounts;
import org.joinedup.forums.interfaceissues.InterfaceIssueKind;

/** The open interface issues counted by kind, owning organisation and age, as a design forum's agenda lists them. */
class InterfaceIssueCountsPanel extends Div {

    InterfaceIssueCountsPanel(InterfaceIssueCounts counts) {
        addClassName("interface-issue-counts");
        if (counts.open() == 0) {
            add(new Paragraph("No interface issues are open."));
            return;
        }
        add(new Paragraph(counts.open() == 1 ? "1 interface issue is open." : counts.open() + " interface issues are open."));
        UnorderedList byKind = new UnorderedList();
        for (Map.Entry<InterfaceIssueKind, Long> entry : counts.byKind().entrySet()) {
            if (entry.getValue() > 0) {
                byKind.add(new ListItem(entry.getKey().label() + ": " + entry.getValue()));
            }
        }
        UnorderedList byOwner = new UnorderedList();
        counts.byOwner().forEach(owner -> byOwner.add(new ListItem(owner.name() + ": " + owner.count())));
        UnorderedList byAge = new UnorderedList();
        for (Map.Entry<AgeBand, Long> entry : counts.byAge().entrySet()) {
            byAge.add(new ListItem(entry.getKey().label() + ": " + entry.getValue()));
        }
        add(section("By kind", byKind), section("By owning organisation", byOwner), section("By age", byAge));
    }

    private static Div section(String title, UnorderedList list) {
        Div section = new Div(new H3(title), list);
        section.addClassName("interface-issue-count-group");
        return section;
    }
}
