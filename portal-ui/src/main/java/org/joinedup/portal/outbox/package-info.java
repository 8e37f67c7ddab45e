/** The administrators' view of the portal's outgoing mail: where it goes, and the outbox folder's messages. */
package org.joinedup.portal.outbox;
