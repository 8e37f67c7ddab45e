/** The administrators' directory of people, and the page where they manage one person's access. */
package org.joinedup.portal.people;
