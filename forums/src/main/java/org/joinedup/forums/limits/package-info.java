/**
 * Limits on posting that keep the forums readable and safe: how often an account may post
 * (tighter on its first day), and the posts a moderator reads before they appear (the first
 * posts of a new patient partner, very long posts, posts with many links, and a post that
 * repeats one the author wrote in the last day). The rules are posting checks the forum
 * service applies to every post; {@link org.joinedup.forums.limits.PostingLimits} holds their
 * numbers and {@link org.joinedup.forums.limits.PostingTooFastException} is the refusal.
 */
package org.joinedup.forums.limits;
