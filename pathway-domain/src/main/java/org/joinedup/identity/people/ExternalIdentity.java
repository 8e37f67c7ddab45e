package org.joinedup.identity.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person's identity at an OpenID Connect provider: the provider's issuer and its subject for them. */
@Entity
@Table(name = "external_identity")
class ExternalIdentity {

    static final int ISSUER_MAX = 255;
    static final int SUBJECT_MAX = 255;
    static final int REGISTRATION_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(nullable = false, length = ISSUER_MAX)
    private String issuer;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "registration_id", nullable = false, length = REGISTRATION_MAX)
    private String registrationId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ExternalIdentity() {
    }

    ExternalIdentity(Person person, String issuer, String subject, String registrationId, Instant linkedAt) {
        this.person = person;
        this.issuer = issuer;
        this.subject = subject;
        this.registrationId = registrationId;
        this.linkedAt = linkedAt;
    }

    Long id() {
        return id;
    }

    String issuer() {
        return issuer;
    }

    String registrationId() {
        return registrationId;
    }

    String subject() {
        return subject;
    }

    Instant linkedAt() {
        return linkedAt;
    }

    Person person() {
        return person;
    }
}
