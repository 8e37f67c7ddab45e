package org.joinedup.platform.audit;

/** A principal that can be named in the audit trail. */
public interface AuditActor {

    long auditActorId();

    String auditActorName();
}
