/**
 * Limits on what visitors who are not signed in may ask for that costs the server dear
 * (registering, asking for a password reset), per network address and overall, so a
 * stream of such requests cannot occupy the processors.
 */
package org.joinedup.platform.throttle;
