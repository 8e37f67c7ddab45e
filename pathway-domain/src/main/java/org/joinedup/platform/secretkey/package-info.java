/**
 * The portal's one secret key, and the separate keys derived from it for each purpose
 * (encrypting authenticator secrets, sealing the audit trail).
 */
package org.joinedup.platform.secretkey;
