package org.joinedup.pathway.proposal;

import java.time.Instant;
import java.util.List;

import org.joinedup.identity.people.CareSetting;

/** A published pathway as patients see it: only the "what to expect" texts, in journey order. */
public record PatientPathway(long workspaceId, String title, String condition, String locality, int versionNumber,
        Instant publishedAt, List<Stage> stages) {

    public record Stage(String title, List<Step> steps) {
    }

    public record Step(String title, CareSetting careSetting, String whatToExpect, String timescale) {
    }
}
