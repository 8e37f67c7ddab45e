/** Sign-in, sign-out and the web security around every view. */
package org.joinedup.portal.security;
