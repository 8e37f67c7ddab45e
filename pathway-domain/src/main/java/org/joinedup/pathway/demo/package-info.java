/**
 * The demo pathways (kidney, diabetes, frailty), written through the public services at
 * start-up in the demo profile, so their history, sign-offs and audit are real.
 */
package org.joinedup.pathway.demo;
