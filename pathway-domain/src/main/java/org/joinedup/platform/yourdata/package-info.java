/**
 * "Your data": the one interface through which every module hands over, and erases, what
 * it holds about a person, so a data download and an account closure cover the whole portal.
 */
package org.joinedup.platform.yourdata;
