package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.pathway.comments.CommentDetails;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/** The comments on one step: anyone who reads the draft may add one and resolve one. */
class CommentSection extends Div {

    final Div list = new Div();
    final TextArea body = new TextArea("Add a comment");
    final Button add = new Button("Comment");
    private final CommentService comments;
    private final Consumer<Runnable> guard;
    private Long stepId;

    /** {@code guard} runs each action so that a withdrawn access takes the person out of the workspace. */
    CommentSection(CommentService comments, Consumer<Runnable> guard) {
        this.comments = comments;
        this.guard = guard;
        addClassName("comments");
        list.addClassName("comment-list");
        body.setMaxLength(WorkspaceLimits.COMMENT_MAX);
        body.setHelperText("Write @ and a member's name (for example @Jo Williams) to let them know");
        body.setWidthFull();
        add.addClickListener(event -> guard.accept(this::addComment));
        add(new H3("Comments"), list, body, add);
    }

    void show(Long stepId) {
        boolean changedStep = !java.util.Objects.equals(this.stepId, stepId);
        this.stepId = stepId;
        if (changedStep) {
            body.clear();
            body.setInvalid(false);
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        if (stepId == null) {
            return;
        }
        List<CommentDetails> shown;
        try {
            shown = comments.comments(stepId);
        } catch (DraftItemGoneException gone) {
            return;
        }
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph("No comments yet.");
            none.addClassName("empty-state");
            list.add(none);
        }
        shown.forEach(comment -> list.add(comment(comment)));
    }

    private Div comment(CommentDetails comment) {
        Span who = new Span(comment.author() + ", " + PortalTime.dateTime(comment.createdAt()));
        who.addClassName("comment-author");
        Div item = new Div(who, WorkspaceFormat.plain(comment.body(), "field-text"));
        item.addClassName("comment");
        if (comment.resolved()) {
            item.addClassName("resolved");
            item.add(new Paragraph("Resolved by " + comment.resolvedBy() + ", " + PortalTime.dateTime(comment.resolvedAt())));
        } else {
            Button resolve = new Button("Resolve", event -> guard.accept(() -> resolve(comment.id())));
            resolve.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            resolve.setAriaLabel("Resolve the comment by " + comment.author());
            item.add(resolve);
        }
        return item;
    }

    private void addComment() {
        body.setInvalid(false);
        try {
            comments.addComment(stepId, body.getValue());
            body.clear();
            refresh();
        } catch (InvalidInputException | DraftItemGoneException refusal) {
            body.setErrorMessage(refusal.getMessage());
            body.setInvalid(true);
        }
    }

    private void resolve(long commentId) {
        try {
            comments.resolve(commentId);
        } catch (DraftItemGoneException gone) {
            body.setErrorMessage(gone.getMessage());
            body.setInvalid(true);
        }
        refresh();
    }
}
