/** Choosing a new password with a link e-mailed to the account's address, for people who have forgotten theirs. */
package org.joinedup.portal.passwordreset;
