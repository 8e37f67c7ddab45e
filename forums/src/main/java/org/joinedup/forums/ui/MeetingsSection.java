package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import org.joinedup.forums.meetings.ForumMeetings;
import org.joinedup.forums.meetings.MeetingDetails;
import org.joinedup.forums.meetings.MeetingRoutes;
import org.joinedup.forums.meetings.MeetingStatus;
import org.joinedup.forums.meetings.MeetingSummary;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.core.annotation.Order;

/**
 * The meetings of a workspace's forum on its page: those to come and those past, each
 * opening its own page, and for the workspace's convenors and editors a form to schedule one.
 */
@org.springframework.stereotype.Component
@Order(10)
class MeetingsSection implements ForumSection {

    private final ForumMeetings meetings;

    MeetingsSection(ForumMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<Component> sectionFor(ForumSummary forum) {
        if (forum.kind() != ForumKind.WORKSPACE) {
            return Optional.empty();
        }
        Section section = new Section(new H2("Meetings"), new Paragraph("The forum meets to agree changes to the "
                + "pathway. Anyone in the forum can put a thread forward for the next meeting from the thread's page."));
        section.addClassName("forum-meetings");
        section.setId("meetings");
        if (meetings.mayOrganise(forum.id())) {
            section.add(scheduleForm(forum.id()));
        }
        section.add(new H3("Coming up"), list(forum.id(), false, "No meetings are scheduled."));
        section.add(new H3("Past meetings"), list(forum.id(), true, "The forum has not met yet."));
        return Optional.of(section);
    }

    private Details scheduleForm(long forumId) {
        MeetingForm form = new MeetingForm();
        Button schedule = new Button("Schedule meeting");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(event -> {
            try {
                MeetingDetails meeting = meetings.schedule(forumId, form.value());
                Notification.show("Meeting scheduled; the workspace's members are told.", 4000,
                        Notification.Position.BOTTOM_START);
                schedule.getUI().ifPresent(ui -> ui.navigate(MeetingRoutes.meeting(meeting.id())));
            } catch (InvalidInputException refused) {
                if (!form.showErrors(refused)) {
                    Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
                }
            }
        });
        Details details = new Details("Schedule a meeting", form, schedule);
        details.addClassName("schedule-meeting");
        return details;
    }

    private Component list(long forumId, boolean past, String none) {
        long count = meetings.countMeetings(forumId, past);
        if (count == 0) {
            Paragraph empty = new Paragraph(none);
            empty.addClassName("empty-state");
            return empty;
        }
        Grid<MeetingSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(count <= 10);
        grid.addComponentColumn(meeting -> new Anchor(MeetingRoutes.meeting(meeting.id()), meeting.title()))
                .setHeader("Meeting").setFlexGrow(2);
        grid.addColumn(meeting -> MeetingText.when(meeting)).setHeader("When").setFlexGrow(2);
        grid.addColumn(MeetingText::where).setHeader("Where");
        grid.addColumn(meeting -> meeting.status() == MeetingStatus.CANCELLED ? "Cancelled"
                : meeting.minutesPublished() ? "Minutes published" : past ? "Held" : "Scheduled").setHeader("Status");
        grid.setItems(query -> meetings.meetings(forumId, past, query.getOffset(), query.getLimit()).stream(),
                query -> (int) meetings.countMeetings(forumId, past));
        grid.setAriaLabel(past ? "Past meetings" : "Meetings coming up");
        return grid;
    }
}
