/** The administrator's check of the hash-chained audit trail. */
package org.joinedup.portal.audit;
