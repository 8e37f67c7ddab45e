/** A person's own profile and password. */
package org.joinedup.portal.profile;
