/**
 * The interface issues log: failures where primary, secondary and community care meet (late
 * discharge summaries, bounced referrals, results nobody owns …), raised by clinicians, owned
 * by a named organisation, followed through their status to resolution, each with a thread in
 * the "Interface issues" forum. {@link org.joinedup.forums.interfaceissues.InterfaceIssueLog}
 * is its service.
 */
package org.joinedup.forums.interfaceissues;
