package org.joinedup.forums.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.forums.moderation.FlagReason;
import org.joinedup.forums.moderation.ModerationLimits;
import org.joinedup.forums.moderation.ModeratorEdit;
import org.joinedup.forums.moderation.NewFlag;
import org.joinedup.forums.moderation.PostModeratedElsewhereException;
import org.joinedup.forums.threads.ForumLimits;
import org.joinedup.forums.threads.PostRevisionDetails;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * The small dialogs of moderation: flag, hide, edit with a note, suspend, history. Each calls
 * back with what was entered; a refusal from the service shows at its field and the dialog
 * stays open with the text kept.
 */
final class ModerationDialogs {

    /** Something the service may refuse; the dialog shows the refusal and stays open. */
    @FunctionalInterface
    interface Attempt<T> {
        void run(T value);
    }

    private ModerationDialogs() {
    }

    static Dialog flag(String postAuthor, Attempt<NewFlag> flag) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Flag this post");
        RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>("Why are you flagging it?");
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(FlagReason::label);
        TextArea note = new TextArea("Anything a moderator should know (optional)");
        note.setMaxLength(ModerationLimits.NOTE_MAX);
        note.setHelperText("Please do not include anything that could identify a patient.");
        note.setWidthFull();
        Paragraph about = new Paragraph("A moderator will read the post by " + postAuthor + ". They will not tell "
                + "the author who flagged it. When three people flag the same post, it is hidden until a "
                + "moderator has read it.");
        Button send = new Button("Send flag", event -> {
            try {
                flag.run(new NewFlag(reason.getValue(), note.getValue()));
                dialog.close();
            } catch (InvalidInputException e) {
                if (e.messages().containsKey("note")) {
                    note.setErrorMessage(e.messages().get("note"));
                    note.setInvalid(true);
                } else {
                    reason.setErrorMessage(e.getMessage());
                    reason.setInvalid(true);
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(about, reason, note));
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), send);
        return dialog;
    }

    static Dialog hide(Attempt<String> hide) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Hide this post");
        TextArea reason = new TextArea("Reason the author will see");
        reason.setMaxLength(ModerationLimits.NOTE_MAX);
        reason.setHelperText("Be kind and specific, and point to the community guidelines where it helps.");
        reason.setWidthFull();
        Button confirm = new Button("Hide post", event -> {
            try {
                hide.run(reason.getValue());
                dialog.close();
            } catch (PostModeratedElsewhereException e) {
                // The dialog stays open, so what the moderator wrote is not lost.
                tell(e.getMessage(), NotificationVariant.LUMO_WARNING);
            } catch (InvalidInputException e) {
                reason.setErrorMessage(e.getMessage());
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph("Nobody but the author and moderators will see the post. "
                + "The author is told, with your reason."), reason));
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), confirm);
        return dialog;
    }

    static Dialog edit(String body, Attempt<ModeratorEdit> edit) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit with a note");
        dialog.setWidth("min(48rem, 95vw)");
        TextArea text = new TextArea("Post");
        text.setMaxLength(ForumLimits.POST_MAX);
        text.setValue(body);
        text.setWidthFull();
        TextArea note = new TextArea("Note shown under the post");
        note.setMaxLength(ModerationLimits.NOTE_MAX);
        note.setHelperText("Readers see \"Edited by a moderator:\" and this note; the author is told. "
                + "Say what you changed, not what it said.");
        note.setWidthFull();
        Button save = new Button("Save edit", event -> {
            try {
                edit.run(new ModeratorEdit(text.getValue(), note.getValue()));
                dialog.close();
            } catch (PostModeratedElsewhereException e) {
                // The dialog stays open, so what the moderator wrote is not lost.
                tell(e.getMessage(), NotificationVariant.LUMO_WARNING);
            } catch (InvalidInputException e) {
                if (e.messages().containsKey("body")) {
                    text.setErrorMessage(e.messages().get("body"));
                    text.setInvalid(true);
                }
                if (e.messages().containsKey("note") || !e.messages().containsKey("body")) {
                    note.setErrorMessage(e.messages().getOrDefault("note", e.getMessage()));
                    note.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph("What the post said before is kept in its history. If the "
                + "screening would still find something, your edit is saved all the same: you have read it."),
                text, note));
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        return dialog;
    }

    /** Days and a reason. */
    record Suspension(int days, String reason) {
    }

    static Dialog suspend(String who, Attempt<Suspension> suspend) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Suspend " + who + " from posting");
        IntegerField days = new IntegerField("Days");
        days.setMin(ModerationLimits.SUSPENSION_DAYS_MIN);
        days.setMax(ModerationLimits.SUSPENSION_DAYS_MAX);
        days.setValue(7);
        days.setStepButtonsVisible(true);
        TextArea reason = new TextArea("Reason they will be told");
        reason.setMaxLength(ModerationLimits.NOTE_MAX);
        reason.setWidthFull();
        Button confirm = new Button("Suspend", event -> {
            try {
                suspend.run(new Suspension(days.getValue() == null ? 0 : days.getValue(), reason.getValue()));
                dialog.close();
            } catch (InvalidInputException e) {
                if (e.messages().containsKey("days")) {
                    days.setErrorMessage(e.messages().get("days"));
                    days.setInvalid(true);
                }
                if (!e.messages().containsKey("days")) {
                    reason.setErrorMessage(e.messages().getOrDefault("reason", e.getMessage()));
                    reason.setInvalid(true);
                }
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph("They can still read the forums, but cannot start threads, "
                + "reply or edit until the time is up or a moderator lifts the suspension."), days, reason));
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), confirm);
        return dialog;
    }

    static Dialog history(List<PostRevisionDetails> revisions) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Earlier versions of this post");
        dialog.setWidth("min(48rem, 95vw)");
        VerticalLayout list = new VerticalLayout();
        if (revisions.isEmpty()) {
            list.add(new Paragraph("This post has not been edited."));
        }
        for (PostRevisionDetails revision : revisions) {
            Div text = new Div(revision.body());
            text.getStyle().set("white-space", "pre-wrap");
            list.add(new Paragraph("Before the edit by " + revision.editedBy() + ", "
                    + PortalTime.dateTime(revision.editedAt())
                    + (revision.note() == null ? "" : ", with the note: " + revision.note())), text);
        }
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", event -> dialog.close()));
        return dialog;
    }

    /** Runs a moderator's decision, telling them plainly when someone else got there first. */
    static boolean decide(Runnable decision, String done) {
        try {
            decision.run();
            tell(done, NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (PostModeratedElsewhereException e) {
            tell(e.getMessage(), NotificationVariant.LUMO_WARNING);
            return false;
        }
    }

    static void tell(String message, NotificationVariant variant) {
        Notification.show(message, 6000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
