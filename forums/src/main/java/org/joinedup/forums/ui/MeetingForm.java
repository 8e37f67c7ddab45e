package org.joinedup.forums.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.joinedup.forums.meetings.MeetingLimits;
import org.joinedup.forums.meetings.MeetingMode;
import org.joinedup.forums.meetings.MeetingSummary;
import org.joinedup.forums.meetings.NewMeeting;
import org.joinedup.platform.validation.InvalidInputException;

/** A meeting's title, time (London) and place, for scheduling and for moving it. */
class MeetingForm extends Composite<FormLayout> {

    final TextField title = new TextField("Title");
    final DatePicker date = new DatePicker("Date");
    final TimePicker starts = new TimePicker("Starts (London time)");
    final TimePicker ends = new TimePicker("Ends (London time)");
    final RadioButtonGroup<MeetingMode> mode = new RadioButtonGroup<>("Where");
    final TextField venue = new TextField("Venue");
    final TextField link = new TextField("Link to the online meeting");

    MeetingForm() {
        title.setMaxLength(MeetingLimits.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        date.setRequiredIndicatorVisible(true);
        date.setLocale(java.util.Locale.UK);
        starts.setRequiredIndicatorVisible(true);
        ends.setRequiredIndicatorVisible(true);
        starts.setStep(java.time.Duration.ofMinutes(15));
        ends.setStep(java.time.Duration.ofMinutes(15));
        mode.setItems(MeetingMode.values());
        mode.setItemLabelGenerator(MeetingMode::label);
        mode.setValue(MeetingMode.IN_PERSON);
        venue.setMaxLength(MeetingLimits.VENUE_MAX);
        venue.setHelperText("The building and room.");
        link.setMaxLength(MeetingLimits.LINK_MAX);
        link.setHelperText("The full address, starting https://.");
        link.setVisible(false);
        mode.addValueChangeListener(event -> {
            venue.setVisible(event.getValue() != MeetingMode.ONLINE);
            link.setVisible(event.getValue() == MeetingMode.ONLINE);
        });
        getContent().add(title, date, starts, ends, mode, venue, link);
    }

    void fill(MeetingSummary meeting) {
        title.setValue(meeting.title());
        date.setValue(meeting.start().toLocalDate());
        starts.setValue(meeting.start().toLocalTime());
        ends.setValue(meeting.end().toLocalTime());
        mode.setValue(meeting.mode());
        venue.setValue(meeting.venue() == null ? "" : meeting.venue());
        link.setValue(meeting.link() == null ? "" : meeting.link());
    }

    /** What the form says; a missing date or time becomes null for the service to refuse beside its field. */
    NewMeeting value() {
        clearErrors();
        LocalDate day = date.getValue();
        LocalTime from = starts.getValue();
        LocalTime to = ends.getValue();
        return new NewMeeting(title.getValue(), day == null || from == null ? null : LocalDateTime.of(day, from),
                day == null || to == null ? null : LocalDateTime.of(day, to), mode.getValue(), venue.getValue(),
                link.getValue());
    }

    /** Shows each refusal beside its field; returns false when none of them is this form's. */
    boolean showErrors(InvalidInputException refused) {
        Map<String, HasValidation> fields = Map.of("title", title, "start", starts, "end", ends, "mode", mode,
                "venue", venue, "link", link);
        boolean shown = false;
        for (Map.Entry<String, String> message : refused.messages().entrySet()) {
            HasValidation field = fields.get(message.getKey());
            if (field != null) {
                field.setErrorMessage(message.getValue());
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {title, starts, ends, mode, venue, link}) {
            field.setInvalid(false);
        }
    }
}
