/**
 * Outgoing e-mail: services hand a message over inside their transaction and it leaves
 * only once that transaction has committed, through an SMTP server when one is set, else
 * into the outbox folder that administrators read in the portal.
 */
package org.joinedup.platform.mail;
