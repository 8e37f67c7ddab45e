/** Markdown written by members, turned into HTML that is safe to show to everyone. */
package org.joinedup.platform.markdown;
