package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.time.LocalDate;
import java.time.LocalTime;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.joinedup.forums.meetings.ForumMeetings;
import org.joinedup.forums.meetings.MeetingDetails;
import org.joinedup.forums.ui.MeetingView;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The meeting pages as organisers use them: scheduling from the workspace forum's page and
 * recording a decision. In the fixture's workspace Dr Priya Shah (gp) convenes and Jo
 * Williams (nurse) represents community care, so edits but does not convene.
 */
@DirtiesContext
class MeetingViewTest extends KaribuTest {

    @Autowired
    ForumMeetings meetings;

    @Test
    void a_convenor_schedules_a_meeting_from_the_forum_page_and_records_a_decision() {
        long workspace = new PathwayFixture(context).workspace("Heart failure", "Meeting Place");
        signInAs("gp");
        navigateTo("forums/workspace/" + workspace);
        Details schedule = _get(Details.class, spec -> spec.withClasses("schedule-meeting"));
        schedule.setOpened(true);
        LocalDate nextWeek = LocalDate.now(PortalTime.ZONE).plusDays(7);
        _setValue(labelled(schedule, TextField.class, "Title"), "Heart failure design forum");
        _setValue(labelled(schedule, DatePicker.class, "Date"), nextWeek);
        _setValue(labelled(schedule, TimePicker.class, "Starts (London time)"), LocalTime.of(13, 0));
        _setValue(labelled(schedule, TimePicker.class, "Ends (London time)"), LocalTime.of(14, 30));
        _setValue(labelled(schedule, TextField.class, "Venue"), "Northgate Hospital, seminar room 3");
        _click(button(schedule, "Schedule meeting"));

        assertThat(currentView()).isEqualTo(MeetingView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Heart failure design forum");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("In person: Northgate Hospital, seminar room 3")
                .anyMatch(text -> text.endsWith("13:00 to 14:30 (London time)"));

        _setValue(labelled(TextArea.class, "Decision"), "The forum meets every two months.");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel(
                "This changes the pathway: send it to the workspace's change proposal")).isVisible()).isTrue();
        _click(button("Record decision"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("The forum meets every two months.");
        assertThat(labelled(TextArea.class, "Decision").getValue()).as("the form is fresh").isEmpty();
    }

    @Test
    void an_editor_is_told_that_only_convenors_send_decisions_to_the_change_proposal() {
        long workspace = new PathwayFixture(context).workspace("Asthma", "Meeting Place");
        signInAs("gp");
        long forum = context.getBean(org.joinedup.forums.threads.ForumService.class).workspaceForum(workspace).id();
        MeetingDetails meeting = meetings.schedule(forum, new org.joinedup.forums.meetings.NewMeeting("Asthma forum",
                LocalDate.now(PortalTime.ZONE).plusDays(3).atTime(9, 0),
                LocalDate.now(PortalTime.ZONE).plusDays(3).atTime(10, 0),
                org.joinedup.forums.meetings.MeetingMode.ONLINE, null, "https://meet.example.org/asthma"));

        signInAs("nurse");
        navigateTo("forums/meetings/" + meeting.id());
        assertThat(_find(Checkbox.class, spec -> spec.withLabel(
                "This changes the pathway: send it to the workspace's change proposal")).stream()
                .filter(Checkbox::isVisible)).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Only the workspace's convenors can send a decision"));
        _setValue(labelled(TextArea.class, "Decision"), "Ask the pharmacists to join.");
        _click(button("Record decision"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Ask the pharmacists to join.");

        signInAs("patient");
        navigateTo("forums/meetings/" + meeting.id());
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Decision"))).as("members only read").isEmpty();
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Ask the pharmacists to join.");
    }
}
