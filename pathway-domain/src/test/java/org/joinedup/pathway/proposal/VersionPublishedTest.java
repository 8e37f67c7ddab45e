package org.joinedup.pathway.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.VersionPublished.StepChange;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each published version is announced once it has committed, with the steps it changed by
 * their stable key and a short sentence of what changed, so other features (the forums'
 * "you said, we did") need not compare versions themselves. The kidney pathway has
 * "Annual kidney check" (primary care) and "Renal clinic review" (secondary care).
 */
@JoinedUpTest
@DirtiesContext
class VersionPublishedTest extends KidneyPathwayTest {

    /** Hears publications as another module would: after the commit, with nobody signed in. */
    static class PublicationsHeard {

        final List<VersionPublished> heard = new CopyOnWriteArrayList<>();

        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        void on(VersionPublished published) {
            heard.add(published);
        }
    }

    @TestConfiguration
    static class Listening {

        @Bean
        PublicationsHeard publicationsHeard() {
            return new PublicationsHeard();
        }
    }

    @Autowired
    PublicationsHeard publications;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void forgetEarlierPublications() {
        publications.heard.clear();
    }

    @Test
    void the_first_version_lists_every_step_as_added_in_journey_order() {
        publishAsAgreed("First version");

        assertThat(publications.heard).singleElement().satisfies(published -> {
            assertThat(published.workspaceId()).isEqualTo(pathway.workspaceId());
            assertThat(published.workspaceTitle()).startsWith("Chronic kidney disease");
            assertThat(published.versionNumber()).isEqualTo(1);
            assertThat(published.publishedAt()).isNotNull();
            assertThat(published.changedSteps()).containsExactly(
                    new StepChange(stepKey(pathway.gpStep()), "Annual kidney check", "Added."),
                    new StepChange(stepKey(pathway.clinicStep()), "Renal clinic review", "Added."));
        });
    }

    @Test
    void a_later_version_lists_only_the_steps_it_changed_with_the_fields_that_changed() {
        publishAsAgreed("First version");
        signInAs("gp");
        StepDetails gp = drafts.step(pathway.gpStep());
        drafts.saveStep(gp.id(), gp.version(), gp.fields().withTitle("Yearly kidney check"));
        StepDetails clinic = drafts.step(pathway.clinicStep());
        drafts.saveStep(clinic.id(), clinic.version(), new StepFields(
                clinic.fields().title(), clinic.fields().description(), clinic.fields().careSetting(),
                "Renal registrar", clinic.fields().entryCriteria(), clinic.fields().exitCriteria(),
                clinic.fields().diagnostics(), clinic.fields().diagnosticsInCommunity(), clinic.fields().prescribing(),
                clinic.fields().sharedCareProtocol(), "Within six weeks of referral",
                clinic.fields().patientExpectations(), clinic.fields().evidence(), clinic.fields().interimNote(),
                clinic.fields().links()));
        publications.heard.clear();

        long second = proposals.open(pathway.workspaceId(), "Renamed the check; clinic timing agreed",
                LocalDate.now().plusDays(14)).id();
        agreeAndPublish(second);

        assertThat(publications.heard).singleElement().satisfies(published -> {
            assertThat(published.versionNumber()).isEqualTo(2);
            assertThat(published.changedSteps()).containsExactly(
                    new StepChange(gp.key(), "Yearly kidney check", "Changed: Title."),
                    new StepChange(clinic.key(), "Renal clinic review",
                            "Changed: Responsible role or team, Expected timescale."));
        });
    }

    @Test
    void a_removed_step_is_listed_as_removed_under_its_last_title() {
        publishAsAgreed("First version");
        signInAs("gp");
        String clinicKey = stepKey(pathway.clinicStep());
        drafts.deleteStep(pathway.clinicStep());
        publications.heard.clear();

        long second = proposals.open(pathway.workspaceId(), "The clinic review moves to another pathway",
                LocalDate.now().plusDays(14)).id();
        agreeAndPublish(second);

        assertThat(publications.heard).singleElement().extracting(VersionPublished::changedSteps)
                .isEqualTo(List.of(new StepChange(clinicKey, "Renal clinic review", "Removed.")));
    }

    @Test
    void a_publication_that_is_rolled_back_is_never_announced() {
        signInAs("gp");
        long proposal = proposals.open(pathway.workspaceId(), "First version", LocalDate.now().plusDays(14)).id();
        signInAs("lmc");
        proposals.agree(proposal, 1, CareSetting.PRIMARY);
        signInAs("lnc");
        proposals.agree(proposal, 1, CareSetting.SECONDARY);
        signInAs("gp");

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            proposals.publish(proposal);
            status.setRollbackOnly();
        });

        assertThat(publications.heard).isEmpty();
        assertThat(history.countVersions(pathway.workspaceId())).isZero();
        proposals.publish(proposal);
        assertThat(publications.heard).extracting(VersionPublished::versionNumber).containsExactly(1);
    }

    private String stepKey(long stepId) {
        signInAs("gp");
        return drafts.step(stepId).key();
    }
}
