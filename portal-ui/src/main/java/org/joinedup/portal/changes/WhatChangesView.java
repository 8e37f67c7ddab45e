package org.joinedup.portal.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.changes.ChangesPage;
import org.joinedup.pathway.changes.PathwayChanges;
import org.joinedup.pathway.changes.VersionChanges;
import org.joinedup.pathway.changes.WeeklyChanges;
import org.joinedup.pathway.changes.WhatChangesForMe;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * Every version published since a date (by default the person's last visit) in the pathways
 * they may read, pathway by pathway, version by version, with what each change means for
 * their care setting, field by field; and the choice of having the same by e-mail weekly.
 * For staff: patient partners read the "what to expect" pages, not the published pathway.
 */
@Route(WeeklyChanges.PAGE)
@PageTitle("What changes for me | JoinedUp")
@Menu(order = 12, title = "What changes for me", icon = "vaadin:exchange")
@RolesAllowed({"CLINICIAN", "QI_LEAD", "ROUND_FACILITATOR", "MODERATOR", "ADMIN"})
public class WhatChangesView extends VerticalLayout {

    /** Pathways loaded at a time; "Show more pathways" loads the next ones. */
    static final int PAGE_SIZE = 10;

    private final WhatChangesForMe changes;
    private final CareSetting setting;
    private final DatePicker sinceField = new DatePicker("Changes published since");
    private final Paragraph count = new Paragraph();
    private final Div pathways = new Div();
    private final Button more = new Button("Show more pathways");
    private Instant since;
    private int loaded;
    private long total;

    WhatChangesView(WhatChangesForMe changes) {
        this.changes = changes;
        ChangesPage page = changes.open();
        this.setting = page.setting();
        this.since = page.since();
        addClassName("page");
        add(new H1("What changes for me"));
        if (setting == null) {
            Paragraph none = new Paragraph("Your account does not name a care setting, so there is nothing to split "
                    + "by. An administrator can add the setting you work in to your account.");
            none.addClassName("empty-state");
            add(none);
            return;
        }
        add(new Paragraph("Changes to the published pathways you can read, and what each means for "
                + setting.label() + ": new responsibilities, hand-overs to or from you, and who acts on pending results."));
        add(new Paragraph(page.previousVisit() == null ? "This is your first visit to this page."
                : "You last opened this page on " + PortalTime.dateTime(page.previousVisit()) + "."));
        sinceField.setValue(LocalDate.ofInstant(since, PortalTime.ZONE));
        sinceField.setMax(LocalDate.now(PortalTime.ZONE));
        sinceField.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                chooseSince(event.getValue());
            }
        });
        Checkbox weekly = new Checkbox("E-mail me this every week", page.weekly());
        weekly.addValueChangeListener(event -> changes.setWeekly(event.getValue()));
        more.addClickListener(event -> loadMore());
        pathways.addClassName("what-changes");
        add(sinceField, weekly, count, pathways, more);
        reload();
    }

    private void chooseSince(LocalDate date) {
        if (date == null) {
            sinceField.setErrorMessage("Choose the date to start from.");
            sinceField.setInvalid(true);
            return;
        }
        Instant previous = since;
        since = date.atStartOfDay(PortalTime.ZONE).toInstant();
        try {
            reload();
            sinceField.setInvalid(false);
        } catch (InvalidInputException e) {
            since = previous;
            sinceField.setErrorMessage(e.messages().getOrDefault("since", e.getMessage()));
            sinceField.setInvalid(true);
        }
    }

    private void reload() {
        total = changes.countSince(since);
        pathways.removeAll();
        loaded = 0;
        count.setText(total == 0 ? "Nothing has been published since " + PortalTime.date(since)
                + " in the pathways you can read."
                : (total == 1 ? "1 pathway has" : total + " pathways have") + " new versions since "
                        + PortalTime.date(since) + ".");
        loadMore();
    }

    private void loadMore() {
        List<PathwayChanges> page = changes.since(since, loaded, PAGE_SIZE);
        page.forEach(pathway -> pathways.add(pathway(pathway)));
        loaded += page.size();
        more.setVisible(!page.isEmpty() && loaded < total);
    }

    private Section pathway(PathwayChanges pathway) {
        Section section = new Section(new H2(pathway.title()));
        section.addClassName("what-changes-pathway");
        if (pathway.member()) {
            section.add(new Paragraph(new Anchor("workspaces/" + pathway.workspaceId(), "Open the workspace")));
        }
        for (VersionChanges version : pathway.versions()) {
            section.add(new H3("Version " + version.number() + ", published " + PortalTime.date(version.publishedAt())));
            Paragraph summary = new Paragraph(version.summary());
            summary.addClassName("proposal-summary");
            section.add(summary, new Paragraph(new Anchor(VersionChanges.printRoute(pathway.workspaceId(),
                    version.number()), "Read version " + version.number())));
            section.add(new SettingChangeList(version, setting));
        }
        return section;
    }
}
