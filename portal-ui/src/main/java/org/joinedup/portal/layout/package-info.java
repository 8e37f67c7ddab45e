/**
 * The frame around every view: the main layout with its navigation, the not-found,
 * access-denied and error pages, and the portal-wide error handler.
 */
package org.joinedup.portal.layout;
