/** Small pieces of interface that several views share. */
package org.joinedup.portal.ui;
