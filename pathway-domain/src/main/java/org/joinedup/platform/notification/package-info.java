/**
 * The shared notification centre: every module tells people what needs them here, they
 * read it in the portal, and each morning they get one digest of the decisions waiting on them.
 */
package org.joinedup.platform.notification;
