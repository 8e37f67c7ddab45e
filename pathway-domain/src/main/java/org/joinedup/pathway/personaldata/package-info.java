/**
 * What the pathway feature holds about a person, for their data download and for closing
 * their account: it reads every pathway room's rows, so it sits above them all.
 */
package org.joinedup.pathway.personaldata;
