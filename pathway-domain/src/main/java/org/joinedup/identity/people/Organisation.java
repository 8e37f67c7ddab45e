package org.joinedup.identity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = PeopleLimits.ORGANISATION_NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationKind kind;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String name, OrganisationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    OrganisationKind kind() {
        return kind;
    }

    long version() {
        return version;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void reclassify(OrganisationKind newKind) {
        this.kind = newKind;
    }
}
