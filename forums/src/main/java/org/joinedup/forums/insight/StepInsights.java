package org.joinedup.forums.insight;

import java.util.List;

import org.joinedup.forums.threads.ThreadSummary;

/**
 * What the forums hold about one step of a pathway, as its workspace shows it.
 *
 * @param insights the posts marked as patient insight on the step, in the order they were attached
 * @param threads  the threads about the step, most recently active first
 */
public record StepInsights(List<PatientInsight> insights, List<ThreadSummary> threads) {
}
