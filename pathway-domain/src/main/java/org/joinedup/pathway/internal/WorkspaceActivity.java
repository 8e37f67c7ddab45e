package org.joinedup.pathway.internal;

import java.time.Clock;

import org.joinedup.platform.audit.AuditActor;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
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

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public WorkspaceActivity(AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Audits {@code details} and tells co-editors "{@code <name> <message>}". */
    public void changed(long workspaceId, String action, String details, Kind kind, Long subjectId, String message) {
        audit.record(action, AUDIT_SUBJECT, workspaceId, details);
        tell(workspaceId, kind, subjectId, message, null);
    }

    /** As {@link #changed}, naming the actor {@code actorName}: for a change that erases the actor's own name. */
    public void changedUnderName(String actorName, long workspaceId, String action, String details, Kind kind, Long subjectId,
            String message) {
        audit.recordUnderName(actorName, action, AUDIT_SUBJECT, workspaceId, details);
        tell(workspaceId, kind, subjectId, message, actorName);
    }

    private void tell(long workspaceId, Kind kind, Long subjectId, String message, String nameInstead) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Long actorId = null;
        String actorName = "JoinedUp";
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            actorId = actor.auditActorId();
            actorName = actor.auditActorName();
        }
        if (nameInstead != null) {
            actorName = nameInstead;
        }
        events.publishEvent(new CollaborationEvent(workspaceId, kind, subjectId, java.util.List.of(), actorId, actorName,
                actorName + " " + message, clock.instant()));
    }
}
