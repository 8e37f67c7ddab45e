package org.joinedup.forums.boundaryfixture;

import org.joinedup.pathway.boundaryfixture.internal.HiddenDetail;

/** Part of the deliberate breaches that ModuleBoundariesTest checks its rules against. */
public class ForumThread {

    public String title() {
        return new HiddenDetail().text();
    }
}
