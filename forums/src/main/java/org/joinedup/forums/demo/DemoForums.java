package org.joinedup.forums.demo;

import java.util.Optional;
import java.util.function.Supplier;

import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A few demo threads, so the forums have something true to show: patient partners and
 * clinicians in Patient voice, a problem at the interface between hospital and practice, and
 * the kidney pathway's own forum with a thread about one of its steps. Written once, into a
 * portal with no forum threads yet, after the demo pathways, by the demo people through the
 * forum services, so every post passes the same checks as anyone's.
 */
@Component
@Profile("demo")
@Order(5)
@ConditionalOnProperty(name = "joinedup.demo.pathways", havingValue = "true", matchIfMissing = true)
class DemoForums implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoForums.class);
    private static final String DOMAIN = "@demo.joinedup.example";

    private final ForumService forums;
    private final WorkspaceService workspaces;
    private final DraftService drafts;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    DemoForums(ForumService forums, WorkspaceService workspaces, DraftService drafts, UserDetailsService users,
            JdbcTemplate jdbc) {
        this.forums = forums;
        this.workspaces = workspaces;
        this.drafts = drafts;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long threads = jdbc.queryForObject("select count(*) from forum_thread", Long.class);
        if (threads == null || threads > 0) {
            return;
        }
        Optional<Long> kidney = as("gp", () -> workspaces.myWorkspaces(0, 50).stream()
                .filter(workspace -> workspace.title().startsWith("Chronic kidney disease"))
                .map(WorkspaceSummary::id).findFirst());
        if (kidney.isEmpty()) {
            log.info("Demo forum threads left out: the demo kidney pathway is not there");
            return;
        }
        writePatientVoice();
        writeInterfaceIssue();
        writeKidneyForum(kidney.get());
        log.info("Seeded demo forum threads");
    }

    private void writePatientVoice() {
        long forum = as("nurse", () -> portalForum(ForumKind.PATIENT_VOICE));
        PostDetails opening = as("nurse", () -> forums.startThread(forum, new NewThread(
                "Getting to kidney clinic: what has worked for you?",
                "We keep hearing that the journey is the hardest part of a clinic day. If you have found something "
                        + "that makes it easier (community transport, a later appointment, a video review instead), "
                        + "please tell us here. Nothing that could identify you or anyone else, please.", null)));
        as("patient", () -> forums.reply(opening.threadId(), new NewReply(
                "Two buses each way used to take my whole day. Since the practice started sending my results to the "
                        + "e-clinic, I have only been in once this year. What matters to me is knowing who will ring "
                        + "me with the answer, and roughly when.", opening.id())));
        as("gp", () -> forums.reply(opening.threadId(), new NewReply(
                "Thank you, that is exactly what the e-clinic step was meant to do. We will look at saying in the "
                        + "pathway who tells the patient the outcome, and by when.", null)));
    }

    private void writeInterfaceIssue() {
        long forum = as("gp", () -> portalForum(ForumKind.INTERFACE_ISSUES));
        PostDetails opening = as("gp", () -> forums.startThread(forum, new NewThread(
                "Discharge summaries without the reason for stopping a medicine",
                "Several summaries this month said a medicine was stopped but not why, so the practice restarted "
                        + "it at the next repeat. Could the summary template ask for the reason?", null)));
        as("consultant", () -> forums.reply(opening.threadId(), new NewReply(
                "Agreed. The ward template has a free-text box that is often left empty; we are raising it with "
                        + "the electronic record team.", opening.id())));
    }

    private void writeKidneyForum(long workspaceId) {
        ForumSummary forum = as("gp", () -> forums.workspaceForum(workspaceId));
        Optional<StepChoice> sickDay = as("gp", () -> drafts.stepChoices(workspaceId).stream()
                .filter(step -> step.title().startsWith("Sick-day")).findFirst());
        PostDetails opening = as("gp", () -> forums.startThread(forum.id(), new NewThread(
                "Sick-day guidance: written down, or said at the review?",
                "Proposal 3 keeps sick-day guidance at every medicines review. Should people also get it on paper, "
                        + "and who checks they still have it a year later?", sickDay.map(StepChoice::key).orElse(null))));
        as("pharmacist", () -> forums.reply(opening.threadId(), new NewReply(
                "On paper, and the same leaflet every time. The reviews I do go better when the person brings it.",
                null)));
        as("patient", () -> forums.reply(opening.threadId(), new NewReply(
                "Please write it down. When I am unwell I do not remember what I was told in March.", opening.id())));
    }

    private long portalForum(ForumKind kind) {
        return forums.portalForums().stream().filter(forum -> forum.kind() == kind).findFirst().orElseThrow().id();
    }

    private <T> T as(String demoLocalPart, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(demoLocalPart + DOMAIN);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            if (previous.getAuthentication() == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
