package org.joinedup.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.PortalUser;
import org.joinedup.identity.people.Role;
import org.joinedup.identity.twofactor.SecondFactorRule;
import org.joinedup.identity.twofactor.TwoStepSignIn;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.library.LibraryFilter;
import org.joinedup.pathway.library.LocalCopy;
import org.joinedup.pathway.notices.NewNotice;
import org.joinedup.pathway.proposal.ChangeRequest;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.proposal.PublicationRefusedException;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSettings;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.AccessMatrix.InWorkspace;
import org.joinedup.portal.AccessMatrix.Row;
import org.joinedup.portal.AccessTargets.ServiceMethod;
import org.joinedup.portal.security.ProviderSignIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@value AccessMatrix#FILE} against the code: every route and every public method of a
 * public service or component has a row, every row names something that exists, and every
 * role, and a visitor who is not signed in, is allowed or denied exactly as the row says,
 * whether they signed in with a password and code or through an identity provider. A staff
 * sign-in that has the password but not yet the code is refused by every method not open to
 * everyone. Methods that act within one workspace are called on a real workspace as each
 * kind of member and non-member, and refused or let through exactly as the row's
 * "in workspace" column says. Calls run in transactions that are rolled back, and the class
 * has a database of its own in case a call changes anything regardless.
 */
@DirtiesContext
class AccessMatrixTest extends KaribuTest {

    private static final AccessMatrix matrix = AccessMatrix.read();
    /** An id no row of the fixture's tables has. */
    private static final long NONEXISTENT = 999_999_999L;
    /** Parameters that name something inside one workspace; a method taking one must say what it needs there. */
    private static final Set<String> WORKSPACE_PARAMETERS = Set.of("workspaceId", "stageId", "targetStageId", "stepId",
            "fromStepId", "toStepId", "handoverId", "commentId", "proposalId", "documentId", "revisionId");

    /** Built once, on first use, and kept for every test of the class: it is committed to the class's own database. */
    private static Fixtures fixtures;

    @Autowired
    DemoPeople demo;
    @Autowired
    NavigationAccessControl navigationAccess;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TwoStepSignIn twoStepSignIn;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    DraftService drafts;
    @Autowired
    CommentService comments;
    @Autowired
    ProposalService proposals;
    @Autowired
    PathwayHistory history;
    @Autowired
    DocumentService documents;

    /** Who is calling: a role, or nobody signed in; through a password and code, or an identity provider. */
    private record Caller(Role role, boolean throughProvider) {

        @Override
        public String toString() {
            return role == null ? "a visitor who is not signed in"
                    : role.name() + (throughProvider ? " signed in through an identity provider" : "");
        }
    }

    /**
     * The members-only workspace, one open to every clinician, and a confidential one, with the
     * people who play each part.
     */
    private record Fixtures(WorkspaceFixture membersOnly, WorkspaceFixture openToClinicians, long outsiderId,
            long editorId, WorkspaceFixture confidential) {
    }

    /** Someone calling within a workspace: a demo person, which workspace, and what the matrix lets them do there. */
    private record WorkspaceCaller(String description, String person, boolean openWorkspace,
            Set<InWorkspace> allowed) {

        @Override
        public String toString() {
            return description + " (" + person + ")";
        }
    }

    private static final List<WorkspaceCaller> WORKSPACE_CALLERS = List.of(
            new WorkspaceCaller("the convenor", WorkspaceFixture.CONVENOR, false,
                    Set.of(InWorkspace.READER, InWorkspace.EDITOR, InWorkspace.CONVENOR, InWorkspace.MEMBER,
                            InWorkspace.LIBRARY, InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("an editor", "pharmacist", false,
                    Set.of(InWorkspace.READER, InWorkspace.EDITOR, InWorkspace.MEMBER, InWorkspace.LIBRARY,
                            InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("the representative of " + WorkspaceFixture.REPRESENTED, WorkspaceFixture.REPRESENTATIVE,
                    false, Set.of(InWorkspace.READER, InWorkspace.EDITOR, InWorkspace.REPRESENTATIVE, InWorkspace.MEMBER,
                            InWorkspace.LIBRARY, InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("an observer", "nurse", false, Set.of(InWorkspace.READER, InWorkspace.MEMBER,
                    InWorkspace.LIBRARY, InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("a patient partner member", "patient", false,
                    Set.of(InWorkspace.MEMBER, InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("a removed former member, a clinician", "mentalhealth", false,
                    Set.of(InWorkspace.LIBRARY, InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("a clinician who is not a member", "socialcare", false,
                    Set.of(InWorkspace.LIBRARY, InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("a clinician who is not a member, on a workspace open to every clinician",
                    "socialcare", true, Set.of(InWorkspace.READER, InWorkspace.MEMBER, InWorkspace.LIBRARY,
                            InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("a patient partner who is not a member, on a workspace open to every clinician",
                    "patient", true, Set.of(InWorkspace.PATIENT_PAGE)));

    /** Callers on the confidential workspace: its published pathway is for its members only. */
    private static final List<WorkspaceCaller> CONFIDENTIAL_WORKSPACE_CALLERS = List.of(
            new WorkspaceCaller("the convenor of a confidential workspace", WorkspaceFixture.CONVENOR, false,
                    Set.of(InWorkspace.READER, InWorkspace.EDITOR, InWorkspace.CONVENOR, InWorkspace.MEMBER,
                            InWorkspace.LIBRARY, InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("an observer of a confidential workspace", "nurse", false,
                    Set.of(InWorkspace.READER, InWorkspace.MEMBER, InWorkspace.LIBRARY, InWorkspace.PATIENT_PAGE)),
            new WorkspaceCaller("a clinician who is not a member of a confidential workspace", "socialcare", false,
                    Set.of()),
            new WorkspaceCaller("a patient partner who is not a member of a confidential workspace", "patient", false,
                    Set.of()));

    @Test
    void every_route_and_public_method_has_a_row_and_every_row_names_one_that_exists() {
        Map<String, String> found = new TreeMap<>();
        AccessTargets.routes().forEach((address, view) ->
                found.put(AccessMatrix.ROUTE + " " + address,
                        AccessMatrix.line(AccessMatrix.ROUTE, address, AccessTargets.declaredFor(view))));
        AccessTargets.serviceMethods().forEach((name, target) ->
                found.put(AccessMatrix.SERVICE + " " + name,
                        AccessMatrix.line(AccessMatrix.SERVICE, name, AccessTargets.declaredFor(target))));
        AccessTargets.componentMethods().forEach((name, target) ->
                found.put(AccessMatrix.COMPONENT + " " + name,
                        AccessMatrix.line(AccessMatrix.COMPONENT, name, AccessTargets.declaredFor(target))));
        Set<String> listed = matrix.rows().stream().map(Row::key).collect(Collectors.toSet());

        List<String> missing = found.entrySet().stream()
                .filter(entry -> !listed.contains(entry.getKey())).map(Map.Entry::getValue).toList();
        List<String> stale = matrix.rows().stream().filter(row -> !found.containsKey(row.key()))
                .map(row -> "line " + row.line() + ": " + row.key()).toList();

        if (!missing.isEmpty() || !stale.isEmpty()) {
            StringBuilder message = new StringBuilder(AccessMatrix.FILE + " is out of date.");
            if (!missing.isEmpty()) {
                message.append("\nAdd these rows to its table (the allowed column is read from the access "
                        + "annotations; correct it if they are wrong, and say under in workspace what a method "
                        + "acting within one workspace needs there; the test will hold the code to both):\n");
                missing.forEach(line -> message.append(line).append('\n'));
            }
            if (!stale.isEmpty()) {
                message.append("\nRemove these rows: no such route or public method exists any more:\n");
                stale.forEach(line -> message.append(line).append('\n'));
            }
            fail(message.toString());
        }
    }

    @Test
    void every_method_that_names_something_in_a_workspace_says_what_it_needs_there() {
        Map<String, ServiceMethod> methods = methods();
        List<String> unsaid = new ArrayList<>();
        for (Row row : methodRows()) {
            ServiceMethod target = methods.get(row.name());
            if (target == null) {
                continue;
            }
            List<String> named = Arrays.stream(target.method().getParameters()).map(Parameter::getName)
                    .filter(WORKSPACE_PARAMETERS::contains).toList();
            if (!named.isEmpty() && !row.workspaceScoped()) {
                unsaid.add(row.key() + " (line " + row.line() + ") takes " + named + " but its in workspace is "
                        + AccessMatrix.NOT_IN_WORKSPACE);
            }
        }
        assertThat(unsaid).as("Methods acting within a workspace need an in workspace value").isEmpty();
    }

    @Test
    void every_route_lets_in_exactly_the_roles_its_row_names() {
        Map<String, Class<? extends Component>> routes = AccessTargets.routes();
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix.rows(AccessMatrix.ROUTE)) {
            Class<? extends Component> view = routes.get(row.name());
            if (view == null) {
                continue;
            }
            for (Caller caller : callers()) {
                boolean allowed = as(authentication(caller), () -> navigationAccess.checkAccess(
                        navigationAccess.createNavigationContext(view, row.name().substring(1),
                                VaadinService.getCurrent(), null),
                        true).decision() == AccessCheckDecision.ALLOW);
                check(row, caller, allowed, wrong);
            }
        }
        assertThat(wrong).as("Routes whose access differs from " + AccessMatrix.FILE).isEmpty();
    }

    @Test
    void every_method_lets_in_exactly_the_roles_its_row_names() {
        Map<String, ServiceMethod> methods = methods();
        List<String> wrong = new ArrayList<>();
        for (Row row : methodRows()) {
            ServiceMethod target = methods.get(row.name());
            if (target == null) {
                continue;
            }
            Object bean = context.getBean(target.service());
            // Sign-ins through a provider are left out here: SecondFactorService refuses them its
            // enrolment, which the allowed column cannot say; routes are checked with them.
            for (Caller caller : callers().stream().filter(caller -> !caller.throughProvider()).toList()) {
                check(row, caller, as(authentication(caller), () -> passesRoleCheck(bean, target.method())), wrong);
            }
        }
        assertThat(wrong).as("Methods whose access differs from " + AccessMatrix.FILE).isEmpty();
    }

    @Test
    void staff_half_way_through_sign_in_are_refused_everything_not_open_to_everyone() {
        Fixtures fixtures = fixtures();
        Map<String, ServiceMethod> methods = methods();
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            if (!role.isStaff()) {
                continue;
            }
            PortalUser user = person(role);
            List<Authentication> halfWay = List.of(
                    twoStepSignIn.afterFirstStep(passwordSignIn(user, List.of(new SimpleAuthority(role.authority()))))
                            .orElseThrow(() -> new IllegalStateException(role + " is not asked for a second factor")),
                    passwordSignIn(user, List.of(new SimpleAuthority(role.authority()))));
            for (Row row : methodRows()) {
                ServiceMethod target = methods.get(row.name());
                if (target == null || row.allowed().equals("everyone")) {
                    continue;
                }
                Object bean = context.getBean(target.service());
                Object[] arguments = row.workspaceScoped()
                        ? arguments(target.method(), fixtures.membersOnly(), fixtures)
                        : harmlessArguments(target.method());
                for (Authentication signIn : halfWay) {
                    Outcome outcome = as(signIn, () -> call(bean, target.method(), arguments));
                    if (!outcome.refused()) {
                        wrong.add(row.key() + " (line " + row.line() + ") " + outcome.describe() + " for " + role
                                + (signIn instanceof UsernamePasswordAuthenticationToken
                                        ? " holding the role and the password factor without the code"
                                        : " half-way through sign-in (" + signIn.getClass().getSimpleName() + ")"));
                    }
                }
            }
        }
        assertThat(wrong).as("Methods that let staff in without the second factor").isEmpty();
    }

    @Test
    void every_workspace_method_lets_in_exactly_the_members_its_row_names() {
        Fixtures fixtures = fixtures();
        Map<String, ServiceMethod> methods = methods();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : methodRows()) {
            ServiceMethod target = methods.get(row.name());
            if (target == null || !row.workspaceScoped()) {
                continue;
            }
            Object bean = context.getBean(target.service());
            List<WorkspaceCaller> callers = new ArrayList<>(WORKSPACE_CALLERS);
            callers.addAll(CONFIDENTIAL_WORKSPACE_CALLERS);
            for (WorkspaceCaller caller : callers) {
                WorkspaceFixture workspace = CONFIDENTIAL_WORKSPACE_CALLERS.contains(caller) ? fixtures.confidential()
                        : caller.openWorkspace() ? fixtures.openToClinicians() : fixtures.membersOnly();
                Object[] arguments = arguments(target.method(), workspace, fixtures);
                Outcome outcome = as(fullSignIn(caller.person()), () -> call(bean, target.method(), arguments));
                calls++;
                if (row.inWorkspace() == InWorkspace.NOT_THE_CALLERS) {
                    if (outcome.failure() != null) {
                        wrong.add(row.key() + " (line " + row.line() + ", in workspace: " + row.inWorkspace().word + ") "
                                + outcome.describe() + " for " + caller + " instead of answering");
                    }
                    continue;
                }
                if (row.inWorkspace() == InWorkspace.ADMINISTRATOR) {
                    if (!outcome.refused() && !outcome.refusedInWorkspace()) {
                        wrong.add(row.key() + " (line " + row.line() + ", in workspace: administrator) "
                                + outcome.describe() + " for " + caller + " instead of refusing");
                    }
                    continue;
                }
                boolean allowed = caller.allowed().contains(row.inWorkspace());
                if (allowed && !outcome.allowed()) {
                    wrong.add(row.key() + " (line " + row.line() + ", in workspace: " + row.inWorkspace().word + ") "
                            + outcome.describe() + " for " + caller
                            + (outcome.refused() ? "" : ": give it a better argument in this test"));
                } else if (!allowed && !outcome.refusedInWorkspace()) {
                    wrong.add(row.key() + " (line " + row.line() + ", in workspace: " + row.inWorkspace().word + ") "
                            + outcome.describe() + " for " + caller + " instead of refusing");
                }
            }
            Object[] nowhere = nonexistent(target.method(), arguments(target.method(), fixtures.membersOnly(), fixtures));
            String actor = row.inWorkspace() == InWorkspace.ADMINISTRATOR ? "admin" : WorkspaceFixture.CONVENOR;
            Outcome outcome = as(fullSignIn(actor), () -> call(bean, target.method(), nowhere));
            calls++;
            if (row.inWorkspace() == InWorkspace.NOT_THE_CALLERS) {
                if (outcome.failure() != null) {
                    wrong.add(row.key() + " (line " + row.line() + ") " + outcome.describe()
                            + " for something in no workspace, instead of answering that it has no readers");
                }
                continue;
            }
            if (!(outcome.refusedInWorkspace() || outcome.failure() instanceof DraftItemGoneException
                    || outcome.failure() instanceof InvalidInputException)) {
                wrong.add(row.key() + " (line " + row.line() + ") " + outcome.describe()
                        + " for something in no workspace, instead of refusing or saying there is no such thing");
            }
        }
        assertThat(calls).as("calls within a workspace").isGreaterThan(WORKSPACE_CALLERS.size() * 40);
        assertThat(wrong).as("Workspace methods whose access differs from " + AccessMatrix.FILE).isEmpty();
    }

    private static void check(Row row, Caller caller, boolean allowed, List<String> wrong) {
        if (allowed != row.allows(caller.role())) {
            wrong.add(row.key() + " (line " + row.line() + ", allowed: " + row.allowed() + ") "
                    + (allowed ? "lets in " : "refuses ") + caller);
        }
    }

    private static List<Row> methodRows() {
        List<Row> rows = new ArrayList<>(matrix.rows(AccessMatrix.SERVICE));
        rows.addAll(matrix.rows(AccessMatrix.COMPONENT));
        return rows;
    }

    private static Map<String, ServiceMethod> methods() {
        Map<String, ServiceMethod> methods = new TreeMap<>(AccessTargets.serviceMethods());
        methods.putAll(AccessTargets.componentMethods());
        return methods;
    }

    /** How a call ended: normally, or with what. */
    private record Outcome(Throwable failure) {

        /** Refused by access control: a role rule, the multi-factor rule, or the workspace's gate. */
        boolean refused() {
            return failure instanceof AccessDeniedException || failure instanceof AuthenticationCredentialsNotFoundException;
        }

        /** Refused exactly as a workspace refuses someone who may not do this there. */
        boolean refusedInWorkspace() {
            return failure instanceof WorkspaceAccessDeniedException;
        }

        /**
         * Got past access control and did the work, or was stopped by the business rules the
         * fixture runs into on purpose: a second proposal while one is open, a publication
         * not yet agreed. Anything else means the test's arguments were not good enough.
         */
        boolean allowed() {
            return failure == null || failure instanceof InvalidInputException
                    || failure instanceof PublicationRefusedException;
        }

        String describe() {
            return failure == null ? "went through" : "ended in " + failure.getClass().getSimpleName() + " (" + failure.getMessage() + ")";
        }
    }

    /** Calls the method in a transaction that is rolled back. */
    private Outcome call(Object bean, Method method, Object[] arguments) {
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            try {
                method.invoke(bean, arguments);
                return new Outcome(null);
            } catch (InvocationTargetException e) {
                return new Outcome(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot call " + method, e);
            }
        });
    }

    /**
     * Whether the call with harmless arguments got past the role check. A refusal for one
     * workspace comes after the role check, and so does any other failure (bad input,
     * nothing found): what happens within a workspace is tested on a real one.
     */
    private boolean passesRoleCheck(Object bean, Method method) {
        Outcome outcome = call(bean, method, harmlessArguments(method));
        return outcome.refusedInWorkspace() || !outcome.refused();
    }

    private static Object[] harmlessArguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(AccessMatrixTest::harmless).toArray();
    }

    private static Object harmless(Class<?> type) {
        if (type.isPrimitive()) {
            return Array.get(Array.newInstance(type, 1), 0);
        }
        if (type == String.class) {
            return "";
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        return null;
    }

    /** Real, valid arguments from the fixture, by parameter name, so that a call a member may make goes through. */
    private static Object[] arguments(Method method, WorkspaceFixture workspace, Fixtures fixtures) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            if (!parameters[i].isNamePresent()) {
                throw new IllegalStateException("Compile with -parameters: the test reads " + method + "'s parameter names");
            }
            arguments[i] = argument(method, parameters[i].getName(), workspace, fixtures);
        }
        return arguments;
    }

    private static Object argument(Method method, String parameter, WorkspaceFixture workspace, Fixtures fixtures) {
        return switch (parameter) {
            case "workspaceId" -> workspace.workspaceId();
            case "stageId" -> method.getName().equals("deleteStage") ? workspace.emptyStageId() : workspace.stageId();
            case "targetStageId" -> workspace.emptyStageId();
            case "stepId", "fromStepId" -> workspace.stepId();
            case "toStepId" -> workspace.otherStepId();
            case "handoverId" -> workspace.handoverId();
            case "commentId" -> workspace.commentId();
            case "proposalId" -> workspace.proposalId();
            case "documentId" -> workspace.documentId();
            case "revisionId" -> workspace.revisionId();
            case "upload" -> WorkspaceFixture.LEAFLET;
            case "revision" -> 1;
            // No draft has been replaced in the fixture: the convenor is told so, everyone else is refused first.
            case "replacedDraftId" -> Long.MAX_VALUE;
            // An item the draft's history does not know: members are told there is nothing, everyone else is refused first.
            case "itemKey", "stepKey" -> "00000000-0000-0000-0000-000000000000";
            // No notice is in the fixture: whoever may act is told so, everyone else is refused first.
            case "noticeId" -> Long.MAX_VALUE;
            case "covered" -> true;
            case "notice" -> new NewNotice("Ramipril shortage", "Use lisinopril until supply returns.", false,
                    LocalDate.now().plusDays(7), null);
            case "versionNumber", "from", "to" -> workspace.versionNumber();
            case "expectedVersion" -> switch (method.getName()) {
                case "renameStage" -> workspace.stageVersion();
                case "saveStep" -> workspace.stepVersion();
                case "saveHandover" -> workspace.handoverVersion();
                case "updateSettings" -> workspace.workspaceVersion();
                default -> throw new IllegalStateException("Say which version " + method + " expects");
            };
            case "personId" -> method.getName().equals("addMember") ? fixtures.outsiderId() : fixtures.editorId();
            case "membership" -> Membership.of(WorkspaceRole.OBSERVER);
            case "settings" -> new WorkspaceSettings("Chronic kidney disease", "East Place",
                    WorkspaceVisibility.MEMBERS_ONLY, 12);
            case "copy" -> new LocalCopy("West Place");
            case "filter" -> LibraryFilter.NONE;
            case "fields" -> method.getParameterTypes()[method.getParameterCount() - 1] == HandoverFields.class
                    ? HandoverFields.triggeredBy("ACR over 30")
                    : StepFields.titled("Repeat eGFR in three months", WorkspaceFixture.REPRESENTED);
            case "setting" -> WorkspaceFixture.REPRESENTED;
            case "title" -> "Annual review";
            case "body" -> "Agreed with the renal team.";
            case "text" -> "Hughes";
            case "summary" -> "Six-monthly checks, revised";
            case "reason" -> "The trigger is too late for us.";
            case "deadline" -> LocalDate.now().plusDays(21);
            case "offset", "newIndex", "index" -> 0;
            case "limit" -> 10;
            case "branchList" -> List.of();
            case "personIds" -> List.of(fixtures.editorId(), fixtures.outsiderId());
            case "request" -> new ChangeRequest("Repeat the eGFR within three months when it falls.",
                    "forums/meetings/12");
            default -> throw new IllegalStateException("No fixture value for parameter " + parameter + " of " + method
                    + ": add one to this test");
        };
    }

    /**
     * The same arguments with every workspace, stage, step, hand-over, comment, proposal, document
     * and revision id one that does not exist.
     */
    private static Object[] nonexistent(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        Object[] nowhere = arguments.clone();
        for (int i = 0; i < parameters.length; i++) {
            if (WORKSPACE_PARAMETERS.contains(parameters[i].getName())) {
                nowhere[i] = NONEXISTENT;
            }
        }
        return nowhere;
    }

    private Fixtures fixtures() {
        if (fixtures == null) {
            try {
                fixtures = buildFixtures();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return fixtures;
    }

    private Fixtures buildFixtures() {
        WorkspaceFixture.Services services = new WorkspaceFixture.Services(workspaces, drafts, comments, proposals,
                history, documents, person -> SecurityContextHolder.getContext().setAuthentication(fullSignIn(person)));
        WorkspaceFixture membersOnly = WorkspaceFixture.build(services, WorkspaceVisibility.MEMBERS_ONLY,
                "Chronic kidney disease", id -> {
                    WorkspaceFixture.add(services, id, personId("pharmacist"), Membership.of(WorkspaceRole.EDITOR));
                    WorkspaceFixture.add(services, id, personId(WorkspaceFixture.REPRESENTATIVE),
                            Membership.representing(WorkspaceFixture.REPRESENTED));
                    WorkspaceFixture.add(services, id, personId("nurse"), Membership.of(WorkspaceRole.OBSERVER));
                    WorkspaceFixture.add(services, id, personId("patient"), Membership.of(WorkspaceRole.PATIENT_PARTNER));
                    WorkspaceFixture.add(services, id, personId("mentalhealth"), Membership.of(WorkspaceRole.EDITOR));
                    workspaces.removeMember(id, personId("mentalhealth"));
                });
        WorkspaceFixture open = WorkspaceFixture.build(services, WorkspaceVisibility.ALL_CLINICIANS, "Heart failure",
                id -> WorkspaceFixture.add(services, id, personId(WorkspaceFixture.REPRESENTATIVE),
                        Membership.representing(WorkspaceFixture.REPRESENTED)));
        WorkspaceFixture confidential = WorkspaceFixture.build(services, WorkspaceVisibility.MEMBERS_ONLY, "Asthma", id -> {
            WorkspaceFixture.add(services, id, personId(WorkspaceFixture.REPRESENTATIVE),
                    Membership.representing(WorkspaceFixture.REPRESENTED));
            WorkspaceFixture.add(services, id, personId("nurse"), Membership.of(WorkspaceRole.OBSERVER));
            workspaces.updateSettings(id, workspaces.workspace(id).version(), new WorkspaceSettings("Asthma", "East Place",
                    WorkspaceVisibility.MEMBERS_ONLY, 24, "Piloted in one practice first"));
        });
        return new Fixtures(membersOnly, open, personId("consultant"), personId("pharmacist"), confidential);
    }

    private long personId(String person) {
        return user(person).personId();
    }

    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller(null, false));
        for (Role role : Role.values()) {
            callers.add(new Caller(role, false));
            callers.add(new Caller(role, true));
        }
        return callers;
    }

    private <T> T as(Authentication authentication, Supplier<T> action) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A demo person who holds the role, signed in with that role alone as the real sign-in
     * would: staff with the password and code factors, a patient partner with the password
     * alone, or anyone through an identity provider with no factor; or the anonymous visitor.
     */
    private Authentication authentication(Caller caller) {
        if (caller.role() == null) {
            return new AnonymousAuthenticationToken("access-matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        PortalUser user = person(caller.role());
        List<GrantedAuthority> role = List.of(new SimpleAuthority(caller.role().authority()));
        if (caller.throughProvider()) {
            return ProviderSignIns.of(user.personId(), user.displayName(), role);
        }
        return signedIn(user, role);
    }

    /** A demo person fully signed in with all their roles, as the real sign-in leaves them. */
    private Authentication fullSignIn(String person) {
        PortalUser user = user(person);
        return signedIn(user, List.copyOf(user.getAuthorities()));
    }

    /** Staff with the password and the code; a patient partner with the password, as they sign in without a code. */
    private static Authentication signedIn(PortalUser user, List<GrantedAuthority> roles) {
        Authentication password = passwordSignIn(user, roles);
        if (!SecondFactorRule.applies(password)) {
            return password;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(password.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorRule.AUTHORITY).issuedAt(Instant.now()).build());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** What a correct password alone gives: the roles and the password factor. */
    private static Authentication passwordSignIn(PortalUser user, List<GrantedAuthority> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>(roles);
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(Instant.now()).build());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private PortalUser person(Role role) {
        String email = demo.accounts().stream()
                .filter(account -> account.roles().contains(role))
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo person is " + role))
                .email();
        return (PortalUser) users.loadUserByUsername(email);
    }

    private PortalUser user(String person) {
        return (PortalUser) users.loadUserByUsername(person + "@demo.joinedup.example");
    }

    /** A role authority, as the sign-in grants it. */
    private record SimpleAuthority(String authority) implements GrantedAuthority {

        @Override
        public String getAuthority() {
            return authority;
        }
    }
}
