package org.joinedup.qi.boundaryfixture;

import org.joinedup.forums.boundaryfixture.ForumThread;

/** A deliberate breach of the module rules, so ModuleBoundariesTest can show its rules catch one. */
public class ReachesIntoForums {

    public String title(ForumThread thread) {
        return thread.title();
    }
}
