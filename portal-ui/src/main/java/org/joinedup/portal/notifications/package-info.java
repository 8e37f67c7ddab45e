/** The person's notifications: the bell in the header with its live count, and the page that lists them. */
package org.joinedup.portal.notifications;
