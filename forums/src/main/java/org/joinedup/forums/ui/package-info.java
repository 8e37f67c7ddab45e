/**
 * The forum pages. Other forum features add to them without editing them: a Spring bean
 * implementing {@link PostAction} adds a control to each post, {@link ThreadAction} to a
 * thread's header, and {@link ForumSection} a section to a forum's page.
 */
package org.joinedup.forums.ui;
