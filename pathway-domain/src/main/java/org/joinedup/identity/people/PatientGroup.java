package org.joinedup.identity.people;

/** A patient group a patient partner can say they belong to when registering. */
public record PatientGroup(long id, String name) {

    static PatientGroup of(Organisation organisation) {
        return new PatientGroup(organisation.id(), organisation.name());
    }
}
