package org.joinedup.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.NewAccount;
import org.joinedup.identity.people.OrganisationChange;
import org.joinedup.identity.people.OrganisationDetails;
import org.joinedup.identity.people.OrganisationDirectory;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.ProfileChange;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationPreferences;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Twenty people, each signed in on a thread of their own, make different kinds of audited
 * change at the same moment, round after round: organisation renames, membership changes,
 * step saves, comments that mention people (and so notify them), profile edits, digest
 * switches, stage renames, and notifications marked read. Each of those takes row locks of
 * its own before the audit head's; a transaction that took one after the head could
 * deadlock with another waiting for the head. MariaDB reports a deadlock or a lock wait
 * timeout as an exception, which fails the writer and the test.
 */
@JoinedUpTest
@DirtiesContext
class ConcurrentAuditedChangesTest {

    private static final int ROUNDS = 8;
    private static final List<String> STEP_EDITORS = List.of("pharmacist", "lmc", "consultant", "lnc", "nurse", "mentalhealth");
    private static final List<String> COMMENTERS = List.of("socialcare", "publichealth", "facilitator");
    private static final List<String> PROFILE_EDITORS = List.of("qilead", "extra1", "extra2", "extra3");
    private static final List<String> DIGEST_SWITCHERS = List.of("moderator", "patient");
    private static final List<String> READERS = List.of("extra4", "extra5");
    private static final String STAGE_EDITOR = "extra6";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonAdministration administration;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    ProfileService profiles;
    @Autowired
    NotificationPreferences digest;
    @Autowired
    NotificationCentre notifications;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    DraftService drafts;
    @Autowired
    CommentService comments;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    /** Audit entries each writer expects, by action and subject. */
    private final Map<String, Integer> expected = new ConcurrentHashMap<>();

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void twenty_people_changing_different_things_at_once_never_deadlock_and_every_change_is_audited_once() throws Exception {
        PathwayFixture fixture = new PathwayFixture(context);
        DemoSignIn.as(users, "admin");
        for (int i = 1; i <= 6; i++) {
            administration.createAccount(new NewAccount("Extra Clinician " + i, "extra" + i + DemoSignIn.DOMAIN, null,
                    Set.of(Role.CLINICIAN), CareSetting.PRIMARY, null, "a long first password " + i));
        }
        OrganisationDetails organisation = organisations.find("", 0, 1).getFirst();
        DemoSignIn.as(users, PathwayFixture.CONVENOR);
        long workspace = workspaces.create(new NewWorkspace("Concurrent changes", "East Place",
                WorkspaceVisibility.MEMBERS_ONLY, WorkspaceLimits.DEFAULT_REVIEW_MONTHS)).id();
        for (String editor : concat(STEP_EDITORS, List.of(STAGE_EDITOR))) {
            workspaces.addMember(workspace, fixture.personId(editor), Membership.of(WorkspaceRole.EDITOR));
        }
        for (String observer : concat(COMMENTERS, PROFILE_EDITORS, READERS)) {
            workspaces.addMember(workspace, fixture.personId(observer), Membership.of(WorkspaceRole.OBSERVER));
        }
        StageDetails stage = drafts.addStage(workspace, "Diagnosis");
        StageDetails renamedStage = drafts.addStage(workspace, "Renamed again and again");
        Map<String, StepDetails> steps = new ConcurrentHashMap<>();
        for (String editor : STEP_EDITORS) {
            steps.put(editor, drafts.addStep(stage.id(), StepFields.titled("Step for " + editor, CareSetting.PRIMARY)));
        }
        String mentions = concat(PROFILE_EDITORS, READERS).stream()
                .map(person -> "@" + displayName(person)).collect(Collectors.joining(" "));
        DemoSignIn.nobody();

        List<Writer> writers = new ArrayList<>();
        writers.add(new Writer("admin", round -> {
            long version = organisations.organisation(organisation.id()).orElseThrow().version();
            organisations.update(organisation.id(), version, new OrganisationChange(
                    organisation.name() + (round % 2 == 0 ? " (renamed)" : ""), organisation.kind()));
            expect("organisation.renamed", organisation.id());
        }));
        long toggled = fixture.personId(COMMENTERS.get(1));
        writers.add(new Writer(PathwayFixture.CONVENOR, round -> {
            workspaces.changeMember(workspace, toggled,
                    Membership.of(round % 2 == 0 ? WorkspaceRole.EDITOR : WorkspaceRole.OBSERVER));
            expect("workspace.member-changed", workspace);
        }));
        for (String editor : STEP_EDITORS) {
            writers.add(new Writer(editor, round -> {
                StepDetails saved = drafts.saveStep(steps.get(editor).id(), steps.get(editor).version(),
                        steps.get(editor).fields().withDescription("Round " + round + " by " + editor));
                steps.put(editor, saved);
                expect("pathway.step-saved", workspace);
            }));
        }
        for (String commenter : COMMENTERS) {
            writers.add(new Writer(commenter, round -> {
                comments.addComment(steps.get(STEP_EDITORS.get(round % STEP_EDITORS.size())).id(),
                        "Round " + round + ": please look, " + mentions);
                expect("pathway.comment-added", workspace);
            }));
        }
        for (String person : PROFILE_EDITORS) {
            long personId = fixture.personId(person);
            writers.add(new Writer(person, round -> {
                profiles.updateMyProfile(new ProfileChange(displayName(person), "Profession, round " + round));
                expect("profile.updated", personId);
            }));
        }
        for (String person : DIGEST_SWITCHERS) {
            long personId = fixture.personId(person);
            writers.add(new Writer(person, round -> {
                boolean on = !digest.digestEnabled();
                digest.setDigestEnabled(on);
                expect(on ? "notifications.digest-on" : "notifications.digest-off", personId);
            }));
        }
        for (String reader : READERS) {
            // Not audited: reading one's notifications changes nothing anyone else relies on.
            writers.add(new Writer(reader, round -> {
                notifications.mine(0, 1).stream().findFirst().ifPresent(latest -> notifications.markRead(latest.id()));
                notifications.markAllRead();
            }));
        }
        writers.add(new Writer(STAGE_EDITOR, round -> {
            long version = drafts.open(workspace).stages().stream().filter(s -> s.id() == renamedStage.id())
                    .findFirst().orElseThrow().version();
            drafts.renameStage(renamedStage.id(), version, "Renamed in round " + round);
            expect("pathway.stage-renamed", workspace);
        }));
        assertThat(writers).hasSize(20);
        Map<String, Integer> before = auditedBySubject();

        CyclicBarrier start = new CyclicBarrier(writers.size());
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (Writer writer : writers) {
                running.add(pool.submit(() -> writer.run(start)));
            }
            for (Future<?> done : running) {
                done.get(3, TimeUnit.MINUTES);
            }
        }
        System.out.printf("%d writers, %d rounds each: %d audited changes in %d ms%n", writers.size(), ROUNDS,
                expected.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - began) / 1_000_000);

        Map<String, Integer> written = auditedBySubject();
        before.forEach((key, count) -> written.merge(key, -count, Integer::sum));
        written.values().removeIf(count -> count == 0);
        assertThat(written).as("audit entries written, by action and subject").isEqualTo(expected);
        DemoSignIn.as(users, "admin");
        assertThat(trail.verify().intact()).isTrue();
    }

    private String displayName(String demoPerson) {
        return ((AuditActor) users.loadUserByUsername(demoPerson + DemoSignIn.DOMAIN)).auditActorName();
    }

    private void expect(String action, long subjectId) {
        expected.merge(action + " " + subjectId, 1, Integer::sum);
    }

    private Map<String, Integer> auditedBySubject() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        jdbc.query("select action, subject_id, count(*) as entries from audit_entry group by action, subject_id",
                (RowCallbackHandler) row -> counts.put(
                        row.getString("action") + " " + row.getLong("subject_id"), row.getInt("entries")));
        return counts;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    /** One person making one kind of change, {@value #ROUNDS} times, signed in on their own thread. */
    private final class Writer {

        private final String person;
        private final RoundAction change;

        Writer(String person, RoundAction change) {
            this.person = person;
            this.change = change;
        }

        Void run(CyclicBarrier start) throws Exception {
            DemoSignIn.as(users, person);
            try {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    change.run(round);
                }
                return null;
            } finally {
                DemoSignIn.nobody();
            }
        }
    }

    private interface RoundAction {
        void run(int round) throws Exception;
    }
}
