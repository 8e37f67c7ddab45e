/**
 * Design-forum meetings: a workspace's forum meets to agree its pathway. Its convenors and
 * editors schedule meetings, build the agenda from the proposal awaiting sign-off and the
 * threads members put forward, record who attended for which care setting and representative
 * body, what was decided and who does what next, and publish the minutes to the forum.
 * {@link org.joinedup.forums.meetings.ForumMeetings} is the API.
 */
package org.joinedup.forums.meetings;
