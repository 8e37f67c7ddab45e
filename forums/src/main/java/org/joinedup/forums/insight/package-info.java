/**
 * Patient insight: a clinician marks a published post as patient insight on a step of a
 * pathway, the workspace shows it on that step, and when a published version changes the
 * step, the post's thread is told what changed ("you said, we did").
 */
package org.joinedup.forums.insight;
