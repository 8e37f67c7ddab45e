package org.joinedup.forums.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.joinedup.forums.meetings.ForumMeetings;
import org.joinedup.forums.meetings.MeetingSummary;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ThreadDetails;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.core.annotation.Order;

/** "Raise at the next meeting" in the header of a thread in a workspace's forum. */
@org.springframework.stereotype.Component
@Order(50)
class RaiseAtMeetingAction implements ThreadAction {

    private final ForumMeetings meetings;

    RaiseAtMeetingAction(ForumMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<Component> controlFor(ThreadDetails thread, Runnable changed) {
        if (thread.forum().kind() != ForumKind.WORKSPACE || thread.hidden()) {
            return Optional.empty();
        }
        Button raise = new Button("Raise at the next meeting");
        raise.setTooltipText("Put this thread on the agenda of the forum's next meeting");
        raise.addClickListener(event -> {
            try {
                MeetingSummary meeting = meetings.raiseThread(thread.id());
                Notification.show("This thread is on the agenda of \u201c" + meeting.title() + "\u201d, "
                        + MeetingText.when(meeting) + ".", 5000, Notification.Position.BOTTOM_START);
            } catch (InvalidInputException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
            }
        });
        return Optional.of(raise);
    }
}
