/**
 * Live collaboration: the bus that carries "something changed in this workspace" to
 * everyone who has it open. In-process today; a broker-backed bus can replace it for
 * several nodes without the publishers or the views changing.
 */
package org.joinedup.platform.collaboration;
