/** The administrators' directory of people. */
package org.joinedup.portal.people;
