/**
 * Patient partners registering themselves, and the queue where moderators and
 * administrators approve or decline what they sent.
 */
package org.joinedup.portal.registration;
