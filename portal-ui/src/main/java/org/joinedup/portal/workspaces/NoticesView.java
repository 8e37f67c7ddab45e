package org.joinedup.portal.workspaces;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import org.joinedup.pathway.notices.NoticeBoard;
import org.joinedup.pathway.notices.NoticeDetails;
import org.joinedup.pathway.notices.NoticeState;
import org.joinedup.pathway.notices.UrgentNotices;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.notices.NoticeBanners;

/**
 * A workspace's urgent notices, newest first: convenors draft and withdraw them and say
 * whether a later version covers one; the clinical lead or a setting representative agrees,
 * which publishes it at once. Readers of the draft see every notice and what became of it.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})/notices")
@PermitAll
public class NoticesView extends WorkspacePage {

    final NoticeForm form;
    final Div list = new Div();
    final Paragraph empty = new Paragraph("This workspace has no urgent notices.");

    private final UrgentNotices notices;
    private NoticeBoard board;

    NoticesView(WorkspaceService workspaces, PathwayHistory history, UrgentNotices notices, CollaborationBus bus) {
        super(workspaces, history, bus, WorkspaceHeader.Page.NOTICES);
        this.notices = notices;
        this.form = new NoticeForm(notice -> {
            notices.draft(workspaceId, notice);
            confirm("The notice waits for the clinical lead or a setting representative to agree");
            load();
        });
        empty.addClassName("empty-state");
        list.addClassName("notice-list");
        add(new H2("Urgent notices"), new Paragraph("A notice for something that cannot wait for a full proposal, such as "
                + "a medicine shortage or a closed clinic. It shows above the published pathway, and on the page patients "
                + "read when it is for them, until its last day."), form, empty, list);
    }

    @Override
    protected void load() {
        board = notices.board(workspaceId);
        form.setVisible(board.mayDraft());
        form.steps(board.steps());
        list.removeAll();
        board.notices().forEach(notice -> list.add(item(notice)));
        empty.setVisible(board.notices().isEmpty());
    }

    private Article item(NoticeDetails notice) {
        Article article = new Article(new H3(notice.title()));
        article.addClassNames("notice-item", "notice-" + notice.state().name().toLowerCase(PortalTime.LOCALE));
        article.add(WorkspaceFormat.chip(notice.state().label(), notice.state() == NoticeState.LIVE ? "success"
                : notice.state() == NoticeState.WAITING ? "attention" : "neutral"));
        article.add(new Paragraph((notice.stepTitle() == null ? "About the whole pathway" : "About the step \u201c"
                + notice.stepTitle() + "\u201d") + (notice.forPatients() ? "; patients see it too." : "; for clinicians only.")
                + " " + NoticeBanners.shows(notice.expiresOn())));
        article.add(NoticeBanners.text(notice.body()));
        Paragraph who = new Paragraph(story(notice));
        who.addClassName("quiet");
        article.add(who);
        Div actions = new Div();
        actions.addClassName("button-row");
        if (notice.state() == NoticeState.WAITING && board.mayAgree()) {
            Button agree = new Button("Agree and publish", event -> act(() -> notices.agree(workspaceId, notice.id()),
                    "The notice is published and people are told"));
            agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            agree.setAriaLabel("Agree and publish \u201c" + notice.title() + "\u201d");
            actions.add(agree);
        }
        if (board.mayDraft() && notice.coverageAsked() != null) {
            article.add(new Paragraph("Version " + notice.coverageAsked() + " has been published. Does it cover this notice?"));
            actions.add(button("Covered: retire the notice", notice,
                    () -> notices.answerCoverage(workspaceId, notice.id(), true), "The notice is retired"),
                    button("Still needed", notice, () -> notices.answerCoverage(workspaceId, notice.id(), false),
                            "The notice stays until its last day"));
        }
        if (board.mayDraft() && (notice.state() == NoticeState.WAITING || notice.state() == NoticeState.LIVE)) {
            actions.add(new Button("Withdraw", event -> confirmWithdraw(notice)));
        }
        if (actions.getComponentCount() > 0) {
            article.add(actions);
        }
        return article;
    }

    private Component button(String caption, NoticeDetails notice, Runnable action, String done) {
        Button button = new Button(caption, event -> act(action, done));
        button.setAriaLabel(caption + ": \u201c" + notice.title() + "\u201d");
        return button;
    }

    private void confirmWithdraw(NoticeDetails notice) {
        ConfirmDialog confirm = new ConfirmDialog("Withdraw \u201c" + notice.title() + "\u201d?",
                "It stops showing at once. It stays listed here and in the audit trail.", "Withdraw",
                event -> act(() -> notices.withdraw(workspaceId, notice.id()), "The notice is withdrawn"));
        confirm.setCancelable(true);
        confirm.open();
    }

    private void act(Runnable action, String done) {
        guarded(() -> {
            try {
                action.run();
                confirm(done);
            } catch (InvalidInputException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE);
            }
            load();
        });
    }

    /** "Drafted by Dr Priya Shah on 23 Nov 2026. Agreed by Dr Ben Carter (representative of Primary care) on ...". */
    static String story(NoticeDetails notice) {
        StringBuilder text = new StringBuilder("Drafted by ").append(notice.draftedBy()).append(" on ")
                .append(PortalTime.dateTime(notice.draftedAt())).append('.');
        if (notice.agreedBy() != null) {
            text.append(" Agreed by ").append(notice.agreedBy()).append(" (").append(notice.agreedAs()).append(") on ")
                    .append(PortalTime.dateTime(notice.agreedAt())).append('.');
        }
        if (notice.endedBy() != null) {
            text.append(notice.state() == NoticeState.COVERED ? " Retired as covered by " : " Withdrawn by ")
                    .append(notice.endedBy()).append(" on ").append(PortalTime.dateTime(notice.endedAt())).append('.');
        }
        return text.toString();
    }
}
