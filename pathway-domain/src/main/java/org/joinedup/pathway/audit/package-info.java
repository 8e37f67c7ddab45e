/**
 * The append-only audit trail every module writes to: who did what, to what, when.
 * Each entry carries the hash of the one before, so an edited or deleted entry is
 * detected by {@link org.joinedup.pathway.audit.AuditTrail#verify()}.
 */
package org.joinedup.pathway.audit;
