/**
 * Two-step sign-in: authenticator-app codes (RFC 6238) and single-use recovery codes,
 * required of staff with local accounts and optional for patient partners. Secrets are
 * kept encrypted; entities and repositories are package-private.
 */
package org.joinedup.identity.twofactor;
