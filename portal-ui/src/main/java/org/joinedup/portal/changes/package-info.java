/** The "What changes for me" page: published changes split for the person's care setting, and the weekly e-mail choice. */
package org.joinedup.portal.changes;
