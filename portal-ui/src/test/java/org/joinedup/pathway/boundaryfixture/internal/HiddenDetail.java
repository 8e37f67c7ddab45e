package org.joinedup.pathway.boundaryfixture.internal;

/** Stands for a module's internals in ModuleBoundariesTest's check of its own rules. */
public class HiddenDetail {

    public String text() {
        return "internal";
    }
}
