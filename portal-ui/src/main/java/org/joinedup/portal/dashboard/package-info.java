/** The page everyone lands on after signing in. */
package org.joinedup.portal.dashboard;
