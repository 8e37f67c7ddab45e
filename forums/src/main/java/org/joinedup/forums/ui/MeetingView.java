package org.joinedup.forums.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import org.joinedup.forums.meetings.ActionDetails;
import org.joinedup.forums.meetings.AgendaItem;
import org.joinedup.forums.meetings.AgendaItemKind;
import org.joinedup.forums.meetings.Attendee;
import org.joinedup.forums.meetings.DecisionDetails;
import org.joinedup.forums.meetings.ForumMeetings;
import org.joinedup.forums.meetings.MeetingDetails;
import org.joinedup.forums.meetings.MeetingLimits;
import org.joinedup.forums.meetings.MeetingMode;
import org.joinedup.forums.meetings.MeetingStatus;
import org.joinedup.forums.meetings.MeetingSummary;
import org.joinedup.forums.meetings.NewAction;
import org.joinedup.forums.meetings.NewAttendance;
import org.joinedup.forums.meetings.NewDecision;
import org.joinedup.forums.meetings.RepresentativeBody;
import org.joinedup.forums.meetings.SettingBalance;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.MemberDetails;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A design-forum meeting: when and where, the agenda, who attended by care setting and
 * representative body, decisions and actions, and the minutes. Its workspace's convenors and
 * editors change it here; only convenors are offered to send a decision to the change proposal.
 */
@Route("forums/meetings/:meetingId([0-9]{1,18})")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ForumMeetings meetings;
    private final WorkspaceService workspaces;
    private final Div content = new Div();
    private long meetingId;
    private MeetingDetails meeting;
    private List<MemberDetails> members = List.of();

    MeetingView(ForumMeetings meetings, WorkspaceService workspaces) {
        this.meetings = meetings;
        this.workspaces = workspaces;
        addClassNames("page", "meeting-page");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("meetingId");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        meetingId = id.get();
        try {
            load();
        } catch (ForumItemGoneException gone) {
            content.removeAll();
            content.add(new H2("Meeting not found"), new Paragraph(gone.getMessage()));
        }
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? "Meeting" : meeting.meeting().title()) + " | JoinedUp";
    }

    private void load() {
        meeting = meetings.meeting(meetingId);
        members = meeting.organises() ? workspaces.members(meeting.meeting().workspaceId()) : List.of();
        content.removeAll();
        MeetingSummary summary = meeting.meeting();
        content.add(new Anchor(ForumRoutes.workspaceForum(summary.workspaceId()), "Back to the forum of "
                + meeting.workspaceTitle()));
        content.add(new H2(summary.title()));
        content.add(new Paragraph(MeetingText.when(summary) + " (London time)"));
        if (summary.mode() == MeetingMode.ONLINE) {
            Anchor join = new Anchor(summary.link(), "Join the online meeting");
            join.setTarget("_blank");
            join.getElement().setAttribute("rel", "noopener noreferrer");
            content.add(new Paragraph(join));
        } else {
            content.add(new Paragraph("In person: " + summary.venue()));
        }
        content.add(quiet("Scheduled by " + meeting.organiserName() + "."));
        if (summary.status() == MeetingStatus.CANCELLED) {
            Paragraph cancelled = new Paragraph("This meeting was cancelled: " + meeting.cancelledReason());
            cancelled.addClassName("meeting-cancelled");
            content.add(cancelled);
        } else if (meeting.organises() && !summary.past()) {
            content.add(changeMeeting());
        }
        content.add(agenda(), attendance(), decisions(), actions(), minutes());
    }

    // When and where

    private Component changeMeeting() {
        MeetingForm form = new MeetingForm();
        form.fill(meeting.meeting());
        Button move = new Button("Save the changes", event -> act(() -> {
            try {
                meetings.reschedule(meetingId, meeting.version(), form.value());
                done("The meeting is changed; its members are told.");
            } catch (InvalidInputException refused) {
                if (!form.showErrors(refused)) {
                    throw refused;
                }
            }
        }));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField reason = new TextField("Why it is cancelled");
        reason.setMaxLength(MeetingLimits.REASON_MAX);
        Button cancel = new Button("Cancel the meeting", event -> act(() -> {
            meetings.cancel(meetingId, reason.getValue());
            done("The meeting is cancelled; its members are told.");
        }));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Details("Move, change or cancel the meeting", form, move, new FormLayout(reason), cancel);
    }

    // Agenda

    private Component agenda() {
        Section section = section("Agenda");
        if (meeting.agenda().isEmpty()) {
            section.add(quiet("Nothing on the agenda yet."));
        } else {
            OrderedList list = new OrderedList();
            for (AgendaItem item : meeting.agenda()) {
                ListItem entry = new ListItem();
                entry.add(switch (item.kind()) {
                    case PROPOSAL -> new Anchor("workspaces/" + meeting.meeting().workspaceId() + "/proposal",
                            item.text());
                    case THREAD -> new Anchor(ForumRoutes.thread(item.threadId()), item.text());
                    case FREE -> new Span(item.text());
                });
                if (item.kind() == AgendaItemKind.THREAD) {
                    entry.add(quietSpan(" Raised by " + item.raisedBy() + "."));
                }
                if (editable()) {
                    int index = meeting.agenda().indexOf(item);
                    Button up = new Button("Move up", event -> act(() ->
                            meetings.moveAgendaItem(meetingId, item.id(), index - 1)));
                    up.setEnabled(index > 0);
                    Button down = new Button("Move down", event -> act(() ->
                            meetings.moveAgendaItem(meetingId, item.id(), index + 1)));
                    down.setEnabled(index < meeting.agenda().size() - 1);
                    Button remove = new Button("Remove", event -> act(() ->
                            meetings.removeAgendaItem(meetingId, item.id())));
                    for (Button button : List.of(up, down, remove)) {
                        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        button.setAriaLabel(button.getText() + ": " + item.text());
                    }
                    entry.add(up, down, remove);
                }
                list.add(entry);
            }
            section.add(list);
        }
        if (editable()) {
            TextField text = new TextField("New agenda item");
            text.setMaxLength(MeetingLimits.AGENDA_TEXT_MAX);
            text.setWidthFull();
            Button add = new Button("Add to the agenda", event -> act(() -> {
                try {
                    meetings.addAgendaItem(meetingId, text.getValue());
                } catch (InvalidInputException refused) {
                    text.setErrorMessage(refused.getMessage());
                    text.setInvalid(true);
                    throw new Kept();
                }
            }));
            Button proposal = new Button("Add the proposal awaiting sign-off", event -> act(() ->
                    meetings.addOpenProposal(meetingId)));
            proposal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(text, new Div(add, proposal));
        }
        return section;
    }

    // Attendance

    private Component attendance() {
        Section section = section("Attendance");
        if (meeting.attendance().isEmpty()) {
            section.add(quiet("No attendance recorded yet."));
        } else {
            UnorderedList list = new UnorderedList();
            for (Attendee attendee : meeting.attendance()) {
                ListItem entry = new ListItem(attendee.name() + (attendee.guest() ? " (guest)" : "") + ": "
                        + (attendee.careSetting() == null ? "no care setting" : attendee.careSetting().label())
                        + ", " + attendee.body().label() + ", " + attendee.minutes() + " minutes");
                if (editable()) {
                    Button remove = new Button("Remove", event -> act(() ->
                            meetings.removeAttendance(meetingId, attendee.id())));
                    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    remove.setAriaLabel("Remove " + attendee.name() + " from the attendance");
                    entry.add(remove);
                }
                list.add(entry);
            }
            section.add(list, new H3("Balance by care setting"));
            UnorderedList balance = new UnorderedList();
            balance.addClassName("attendance-balance");
            for (SettingBalance setting : meeting.balance()) {
                balance.add(new ListItem(setting.label() + ": " + setting.people()
                        + (setting.people() == 1 ? " person, " : " people, ") + setting.minutes() + " minutes"));
            }
            section.add(balance);
        }
        if (editable()) {
            Select<MemberDetails> member = new Select<>();
            member.setLabel("Member");
            member.setItems(members);
            member.setItemLabelGenerator(person -> person == null ? "" : person.displayName());
            member.setEmptySelectionAllowed(true);
            member.setEmptySelectionCaption("A guest, named below");
            TextField guest = new TextField("Or a guest's name");
            guest.setMaxLength(MeetingLimits.GUEST_NAME_MAX);
            Select<CareSetting> setting = new Select<>();
            setting.setLabel("Care setting");
            setting.setItems(CareSetting.values());
            setting.setItemLabelGenerator(value -> value == null ? "" : value.label());
            setting.setEmptySelectionAllowed(true);
            setting.setEmptySelectionCaption("No care setting");
            member.addValueChangeListener(event -> {
                if (event.getValue() != null && event.getValue().careSetting() != null) {
                    setting.setValue(event.getValue().careSetting());
                }
            });
            Select<RepresentativeBody> body = new Select<>();
            body.setLabel("Spoke for");
            body.setItems(RepresentativeBody.values());
            body.setItemLabelGenerator(RepresentativeBody::label);
            body.setValue(RepresentativeBody.NONE);
            IntegerField minutes = new IntegerField("Minutes attended");
            minutes.setMin(1);
            minutes.setMax(MeetingLimits.LONGEST_MINUTES);
            minutes.setValue((int) java.time.Duration.between(meeting.meeting().start(), meeting.meeting().end())
                    .toMinutes());
            Button record = new Button("Record attendance", event -> act(() -> meetings.recordAttendance(meetingId,
                    new NewAttendance(member.getValue() == null ? null : member.getValue().personId(), guest.getValue(),
                            setting.getValue(), body.getValue(), minutes.getValue() == null ? 0 : minutes.getValue()))));
            section.add(quiet("Members who attended are offered the time for their protected-time record."),
                    new FormLayout(member, guest, setting, body, minutes), record);
        }
        return section;
    }

    // Decisions and actions

    private Component decisions() {
        Section section = section("Decisions");
        if (meeting.decisions().isEmpty()) {
            section.add(quiet("No decisions recorded yet."));
        } else {
            OrderedList list = new OrderedList();
            for (DecisionDetails decision : meeting.decisions()) {
                ListItem entry = new ListItem(decision.text());
                if (decision.changesPathway()) {
                    entry.add(quietSpan(decision.proposalId() == null ? " Changes the pathway."
                            : Boolean.TRUE.equals(decision.proposalOpened())
                                    ? " Changes the pathway: opened a change proposal."
                                    : " Changes the pathway: added to the open change proposal."));
                }
                list.add(entry);
            }
            section.add(list);
        }
        if (editable()) {
            TextArea text = new TextArea("Decision");
            text.setMaxLength(MeetingLimits.DECISION_MAX);
            text.setWidthFull();
            Checkbox changesPathway = new Checkbox("This changes the pathway: send it to the workspace's change proposal");
            changesPathway.setVisible(meeting.convenes());
            Paragraph convenorsOnly = quiet("Only the workspace's convenors can send a decision to its change proposal, "
                    + "because only they open and revise proposals. Record it here and ask a convenor.");
            convenorsOnly.setVisible(!meeting.convenes());
            Button record = new Button("Record decision", event -> act(() -> {
                try {
                    meetings.recordDecision(meetingId, new NewDecision(text.getValue(), changesPathway.getValue()));
                    if (changesPathway.getValue()) {
                        done("The decision is recorded and sent to the change proposal.");
                    }
                } catch (InvalidInputException refused) {
                    text.setErrorMessage(refused.getMessage());
                    text.setInvalid(true);
                    throw new Kept();
                }
            }));
            section.add(text, changesPathway, convenorsOnly, record);
        }
        return section;
    }

    private Component actions() {
        Section section = section("Actions");
        if (meeting.actions().isEmpty()) {
            section.add(quiet("No actions recorded yet."));
        } else {
            UnorderedList list = new UnorderedList();
            long me = org.joinedup.identity.people.CurrentPerson.id();
            for (ActionDetails action : meeting.actions()) {
                ListItem entry = new ListItem(action.text() + " (" + action.ownerName() + ", due "
                        + DUE.format(action.due()) + ") ");
                Checkbox done = new Checkbox("Done", action.done());
                done.setAriaLabel("Done: " + action.text());
                done.setEnabled(meeting.organises() || action.ownerId() == me);
                done.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        act(() -> meetings.markActionDone(meetingId, action.id(), event.getValue()));
                    }
                });
                entry.add(done);
                list.add(entry);
            }
            section.add(list);
        }
        if (editable()) {
            TextField text = new TextField("Action");
            text.setMaxLength(MeetingLimits.ACTION_MAX);
            Select<MemberDetails> owner = new Select<>();
            owner.setLabel("Owner");
            owner.setItems(members);
            owner.setItemLabelGenerator(person -> person == null ? "" : person.displayName());
            DatePicker due = new DatePicker("Due");
            due.setLocale(Locale.UK);
            Button record = new Button("Record action", event -> act(() -> meetings.recordAction(meetingId,
                    new NewAction(text.getValue(), owner.getValue() == null ? null : owner.getValue().personId(),
                            due.getValue()))));
            section.add(new FormLayout(text, owner, due), record);
        }
        return section;
    }

    // Minutes

    private Component minutes() {
        Section section = section("Minutes");
        if (meeting.minutesThreadId() != null) {
            section.add(new Paragraph(new Anchor(ForumRoutes.thread(meeting.minutesThreadId()),
                    "Read the minutes in the forum")));
        } else {
            section.add(quiet("The minutes have not been published yet."));
        }
        if (editable()) {
            Button publish = new Button(meeting.minutesThreadId() == null ? "Publish minutes to the forum"
                    : "Publish the minutes again", event -> act(() -> {
                        long thread = meetings.publishMinutes(meetingId);
                        done("The minutes are in the forum; the workspace's members are told.");
                        getUI().ifPresent(ui -> ui.navigate(ForumRoutes.thread(thread)));
                    }));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(quiet("The minutes are checked for anything that could identify a patient first; "
                    + "if something is found, nothing is published and you are told which item to change."), publish);
        }
        return section;
    }

    // Helpers

    private boolean editable() {
        return meeting.organises() && meeting.meeting().status() != MeetingStatus.CANCELLED;
    }

    private static Section section(String title) {
        Section section = new Section(new H3(title));
        section.addClassName("meeting-section");
        return section;
    }

    private static Paragraph quiet(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("quiet");
        return paragraph;
    }

    private static Span quietSpan(String text) {
        Span span = new Span(text);
        span.addClassName("quiet");
        return span;
    }

    /** Runs a change and redraws the page; a refusal is told and what was typed stays in its field. */
    private void act(Runnable action) {
        try {
            action.run();
            load();
        } catch (Kept kept) {
            // The refusal is shown beside its field, with the text kept.
        } catch (InvalidInputException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException | ForumItemGoneException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            load();
        }
    }

    private static void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A refusal already shown beside its field. */
    private static final class Kept extends RuntimeException {
        Kept() {
            super(null, null, false, false);
        }
    }
}
