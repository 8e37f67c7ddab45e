package org.joinedup.forums.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import org.joinedup.forums.threads.ForumFeed;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumLimits;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadSummary;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One forum: its threads, pinned first and then by latest post, paged through the service and
 * kept up to date as others post; starting a thread, about one step of the pathway in a
 * workspace's forum; and what other forum features add below ({@link ForumSection}).
 */
@Route(ForumRoutes.FORUMS + "/:forumId([0-9]{1,18})")
@PermitAll
public class ForumView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ForumService forums;
    private final DraftService drafts;
    private final List<ForumSection> sections;
    private final LiveForum live;
    private final Grid<ThreadSummary> threads = new Grid<>();
    private final Div newThread = new Div();
    private ForumSummary forum;

    ForumView(ForumService forums, DraftService drafts, List<ForumSection> sections, ForumFeed feed) {
        this.forums = forums;
        this.drafts = drafts;
        this.sections = sections;
        this.live = new LiveForum(feed);
        addClassNames("page", "forum-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("forumId");
        try {
            forum = forums.forum(id.orElseThrow());
        } catch (ForumItemGoneException gone) {
            event.rerouteToError(NotFoundException.class, gone.getMessage());
            return;
        } catch (AccessDeniedException refused) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, refused.getMessage());
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return (forum == null ? "Forum" : forum.title()) + " | JoinedUp";
    }

    private void show() {
        removeAll();
        add(new Anchor(ForumRoutes.FORUMS, "All forums"));
        add(new H1(forum.title()));
        add(new Paragraph(forum.description()));
        Button start = new Button("Start a thread", event -> openNewThread());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newThread.addClassName("new-thread");
        add(start, newThread);

        long count = forums.countThreads(forum.id());
        if (count == 0) {
            Paragraph none = new Paragraph("No threads yet. Start the first one.");
            none.addClassName("empty-state");
            add(none);
        }
        threads.addComponentColumn(this::titleCell).setHeader("Thread").setFlexGrow(4);
        threads.addColumn(ThreadSummary::authorName).setHeader("Started by").setFlexGrow(2);
        threads.addColumn(ThreadSummary::replies).setHeader("Replies").setFlexGrow(0).setWidth("7em");
        threads.addColumn(thread -> ForumFormat.when(thread.lastActivityAt())).setHeader("Last post").setFlexGrow(2);
        threads.setItems(query -> forums.threads(forum.id(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) forums.countThreads(forum.id()));
        threads.setAriaLabel("Threads in " + forum.title());
        threads.setVisible(count > 0);
        add(threads);
        sections.forEach(section -> section.sectionFor(forum).ifPresent(this::add));
    }

    private HorizontalLayout titleCell(ThreadSummary thread) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(true);
        cell.setAlignItems(Alignment.BASELINE);
        if (thread.unread()) {
            cell.add(ForumFormat.badge("New", "success"));
        }
        if (thread.pinned()) {
            cell.add(ForumFormat.badge("Pinned", "contrast"));
        }
        if (thread.locked()) {
            cell.add(ForumFormat.badge("Locked", "contrast"));
        }
        if (thread.hidden()) {
            cell.add(ForumFormat.badge("Hidden", "error"));
        }
        if (!thread.visible()) {
            cell.add(ForumFormat.badge("Waiting for a moderator", "error"));
        }
        Anchor title = new Anchor(ForumRoutes.thread(thread.id()), thread.title());
        if (thread.unread()) {
            title.getElement().getStyle().set("font-weight", "600");
        }
        cell.add(title);
        return cell;
    }

    private void openNewThread() {
        newThread.removeAll();
        TextField title = new TextField("Title");
        title.setWidthFull();
        title.setMaxLength(ForumLimits.THREAD_TITLE_MAX);
        title.setRequired(true);
        MarkdownEditor body = new MarkdownEditor("First post");
        ComboBox<StepChoice> step = stepChoice();
        Button post = new Button("Post thread");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> newThread.removeAll());
        Section form = new Section(new H2("Start a thread"), title);
        if (step != null) {
            form.add(step);
        }
        form.add(body, new HorizontalLayout(post, cancel));
        form.addClassName("new-thread-form");
        newThread.add(form);
        title.focus();
        post.addClickListener(event -> {
            try {
                PostDetails first = forums.startThread(forum.id(), new NewThread(title.getValue(), body.value(),
                        step == null || step.getValue() == null ? null : step.getValue().key()));
                newThread.removeAll();
                if (first.status() == PostStatus.HELD) {
                    ForumFormat.warn("Your thread is waiting for a moderator. " + first.holdReason().explanation()
                            + (first.holdDetail() == null ? "" : " " + first.holdDetail()));
                }
                getUI().ifPresent(ui -> ui.navigate(ForumRoutes.thread(first.threadId())));
            } catch (InvalidInputException refused) {
                title.setInvalid(refused.messages().containsKey("title"));
                title.setErrorMessage(refused.messages().get("title"));
                if (step != null) {
                    step.setInvalid(refused.messages().containsKey("stepKey"));
                    step.setErrorMessage(refused.messages().get("stepKey"));
                }
                String bodyMessage = refused.messages().get("body");
                if (bodyMessage != null) {
                    body.refuse(bodyMessage);
                } else {
                    body.accepted();
                }
                if (!refused.messages().containsKey("title") && !refused.messages().containsKey("stepKey")
                        && bodyMessage == null) {
                    body.refuse(refused.getMessage());
                }
            } catch (AccessDeniedException refused) {
                ForumFormat.warn(refused.getMessage() + " Your text is still in the form.");
            }
        });
    }

    /** The pathway's steps, for a workspace forum's thread; none for people who do not read the draft. */
    private ComboBox<StepChoice> stepChoice() {
        if (forum.kind() != ForumKind.WORKSPACE) {
            return null;
        }
        List<StepChoice> steps;
        try {
            steps = drafts.stepChoices(forum.workspaceId());
        } catch (AccessDeniedException notADraftReader) {
            return null;
        }
        if (steps.isEmpty()) {
            return null;
        }
        ComboBox<StepChoice> step = new ComboBox<>("About a step of the pathway (optional)");
        step.setItems(steps);
        step.setItemLabelGenerator(choice -> choice.stageTitle() + ": " + choice.label());
        step.setClearButtonVisible(true);
        step.setWidthFull();
        return step;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (forum != null) {
            live.watchForum(attachEvent.getUI(), forum.id(), changed -> threads.getDataProvider().refreshAll());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        super.onDetach(detachEvent);
    }
}
