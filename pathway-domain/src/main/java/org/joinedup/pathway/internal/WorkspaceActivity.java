package org.joinedup.pathway.internal;

import java.time.Clock;

import org.joinedup.platform.audit.AuditActor;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records a change to a workspace twice, inside the change's transaction: in the
 * hash-chained audit trail, and as a collaboration event that reaches the people who
 * have the workspace open once the transaction commits.
 */
@Component
public class WorkspaceActivity {

    public static final String AUDIT_SUBJECT = "workspace";
    private static final String PORTAL = "JoinedUp";

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public WorkspaceActivity(AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Audits the change and tells co-editors "{@code <who> <change.message()>}", naming the stages it touched.
     * The change itself is then published as an in-transaction Spring event, so another room can act on it
     * in the same transaction (urgent notices hear of a publication this way).
     */
    public void record(WorkspaceChange change) {
        String nameInstead = change.actorNameInstead();
        if (nameInstead == null) {
            audit.record(change.action(), AUDIT_SUBJECT, change.workspaceId(), change.auditText());
        } else {
            audit.recordUnderName(nameInstead, change.action(), AUDIT_SUBJECT, change.workspaceId(), change.auditText());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AuditActor actor = authentication != null && authentication.getPrincipal() instanceof AuditActor signedIn
                ? signedIn : null;
        String actorName = nameInstead != null ? nameInstead : actor != null ? actor.auditActorName() : PORTAL;
        events.publishEvent(new CollaborationEvent(change.workspaceId(), change.kind(), change.subjectId(),
                change.stageIds(), actor == null ? null : actor.auditActorId(), actorName,
                actorName + " " + change.message(), clock.instant()));
        events.publishEvent(change);
    }
}
