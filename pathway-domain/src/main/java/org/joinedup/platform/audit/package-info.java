/**
 * The append-only audit trail every module writes to: who did what, to what, when.
 * Each entry carries the seal of the one before (an HMAC under a key derived from the
 * portal's secret key), so an edited or deleted entry is detected by
 * {@link org.joinedup.platform.audit.AuditTrail#verify()}.
 */
package org.joinedup.platform.audit;
