package org.joinedup.pathway.demo;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepFields;

/**
 * Builds the fields of a demo step by name, so the demo pathways read as the text a
 * clinician would type into each field rather than as fifteen positional arguments.
 * Fields left unset stay empty, as they would in a step still being written.
 */
final class DemoStep {

    private final String title;
    private final CareSetting setting;
    private String description = "";
    private String responsible = "";
    private String entryCriteria = "";
    private String exitCriteria = "";
    private String diagnostics = "";
    private boolean diagnosticsInCommunity;
    private String prescribing = "";
    private String sharedCareProtocol = "";
    private String timescale = "";
    private String patientExpectations = "";
    private String evidence = "";
    private String interimNote = "";
    private String links = "";

    private DemoStep(String title, CareSetting setting) {
        this.title = title;
        this.setting = setting;
    }

    static DemoStep step(String title, CareSetting setting) {
        return new DemoStep(title, setting);
    }

    DemoStep description(String text) {
        this.description = text;
        return this;
    }

    DemoStep responsible(String text) {
        this.responsible = text;
        return this;
    }

    DemoStep entry(String text) {
        this.entryCriteria = text;
        return this;
    }

    DemoStep exit(String text) {
        this.exitCriteria = text;
        return this;
    }

    /** The tests the step needs, and whether they can be done without going to hospital. */
    DemoStep diagnostics(String text, boolean inCommunity) {
        this.diagnostics = text;
        this.diagnosticsInCommunity = inCommunity;
        return this;
    }

    DemoStep prescribing(String text) {
        this.prescribing = text;
        return this;
    }

    DemoStep sharedCare(String protocol) {
        this.sharedCareProtocol = protocol;
        return this;
    }

    DemoStep timescale(String text) {
        this.timescale = text;
        return this;
    }

    DemoStep forPatients(String text) {
        this.patientExpectations = text;
        return this;
    }

    DemoStep evidence(String text) {
        this.evidence = text;
        return this;
    }

    DemoStep interimNote(String text) {
        this.interimNote = text;
        return this;
    }

    DemoStep links(String addresses) {
        this.links = addresses;
        return this;
    }

    StepFields fields() {
        return new StepFields(title, description, setting, responsible, entryCriteria, exitCriteria, diagnostics,
                diagnosticsInCommunity, prescribing, sharedCareProtocol, timescale, patientExpectations, evidence,
                interimNote, links);
    }
}
