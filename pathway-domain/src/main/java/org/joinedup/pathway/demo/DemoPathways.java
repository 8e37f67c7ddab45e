package org.joinedup.pathway.demo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.joinedup.identity.people.DemoPeople;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Three pathways for the fictional East Place, written once into a portal that has no
 * workspace yet when the {@code demo} profile starts, after the demo people exist. They
 * are built through the public services by the demo people themselves, so every screen
 * has something true to show: a published kidney pathway with a proposal half signed
 * off, a frailty pathway whose proposal social care has objected to, and a diabetes
 * pathway still being drafted in the open. {@code joinedup.demo.pathways=false} leaves
 * them out.
 */
@Component
@Profile("demo")
@Order(3)
@ConditionalOnProperty(name = "joinedup.demo.pathways", havingValue = "true", matchIfMissing = true)
class DemoPathways implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPathways.class);
    private static final List<String> AUTHORS = List.of("gp", "pharmacist", "lmc", "consultant", "lnc", "nurse",
            "mentalhealth", "socialcare", "publichealth", "qilead", "patient");

    private final WorkspaceRepository workspaceRows;
    private final DemoPeople people;
    private final UserDetailsService users;
    private final WorkspaceService workspaces;
    private final DraftService drafts;
    private final CommentService comments;
    private final ProposalService proposals;
    private final DocumentService documents;
    private final Clock clock;

    DemoPathways(WorkspaceRepository workspaceRows, DemoPeople people, UserDetailsService users,
            WorkspaceService workspaces, DraftService drafts, CommentService comments, ProposalService proposals,
            DocumentService documents, Clock clock) {
        this.workspaceRows = workspaceRows;
        this.people = people;
        this.users = users;
        this.workspaces = workspaces;
        this.drafts = drafts;
        this.comments = comments;
        this.proposals = proposals;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (workspaceRows.count() > 0) {
            return;
        }
        Optional<DemoAuthoring> demo = DemoAuthoring.of(AUTHORS, people, users, workspaces, drafts, comments,
                proposals, clock);
        if (demo.isEmpty()) {
            log.info("Demo pathways left out: the demo people are not all in the database");
            return;
        }
        new DemoKidneyPathway(demo.get(), documents).write();
        new DemoFrailtyPathway(demo.get()).write();
        new DemoDiabetesPathway(demo.get()).write();
        log.info("Seeded demo pathways: chronic kidney disease, frailty, type 2 diabetes");
    }
}
