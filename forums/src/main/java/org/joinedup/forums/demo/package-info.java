/** The demo's forum threads, written through the forum services by the demo people in the demo profile. */
package org.joinedup.forums.demo;
