/** The forums' part of a person's data download and of closing their account. */
package org.joinedup.forums.personaldata;
