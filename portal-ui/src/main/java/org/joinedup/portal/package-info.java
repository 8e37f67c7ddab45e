/**
 * The JoinedUp web application: start-up, the app shell, sign-in, the main layout and
 * the views that belong to no feature module.
 */
package org.joinedup.portal;
