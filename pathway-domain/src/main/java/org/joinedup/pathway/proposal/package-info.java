/**
 * Change proposals and their sign-off by every affected care setting, who represents a
 * setting (and the exceptions an administrator grants), publication, the immutable
 * published versions and their history, replaced drafts, review requests, and what waits
 * on whom for the daily digest and reminders.
 */
package org.joinedup.pathway.proposal;
