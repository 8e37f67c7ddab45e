package org.joinedup.identity.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.joinedup.platform.search.SearchAnalyzers;

@Entity
@Table(name = "person")
@Indexed(index = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(normalizer = SearchAnalyzers.KEYWORD, sortable = Sortable.YES)
    @Column(nullable = false, unique = true, length = PeopleLimits.EMAIL_MAX)
    private String email;

    @FullTextField(analyzer = SearchAnalyzers.NAME)
    @FullTextField(name = "displayName_prefix", analyzer = SearchAnalyzers.NAME_PREFIX,
            searchAnalyzer = SearchAnalyzers.NAME)
    @Column(name = "display_name", nullable = false, length = PeopleLimits.DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "real_name", length = PeopleLimits.DISPLAY_NAME_MAX)
    private String realName;

    /** Null for people who only sign in through an identity provider. */
    @Column(name = "password_hash", length = PeopleLimits.PASSWORD_HASH_MAX)
    private String passwordHash;

    /**
     * Null for a patient partner who belongs to no patient group. Only the organisation's
     * id is indexed, which never changes, so moving the person is the only update that
     * needs re-indexing.
     */
    @IndexedEmbedded(includePaths = "id", includeEmbeddedObjectId = true)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", length = 20)
    private CareSetting careSetting;

    @Column(length = PeopleLimits.PROFESSION_MAX)
    private String profession;

    @KeywordField
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "guidelines_accepted_at")
    private Instant guidelinesAcceptedAt;

    /**
     * When the address was shown to be the person's: by the link e-mailed at registration,
     * by an identity provider, or by an administrator setting the account up. Null while a
     * self-registered address is unconfirmed. Confirming does not change the version: a
     * moderator's decision on the registration still stands.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "previous_sign_in_at")
    private Instant previousSignInAt;

    @Version
    private long version;

    protected Person() {
    }

    Person(String email, String displayName, String passwordHash, Organisation organisation, Set<Role> roles,
            CareSetting careSetting, String profession, Instant createdAt) {
        this(email, displayName, passwordHash, organisation, roles, careSetting, profession, createdAt,
                AccountStatus.ACTIVE);
    }

    Person(String email, String displayName, String passwordHash, Organisation organisation, Set<Role> roles,
            CareSetting careSetting, String profession, Instant createdAt, AccountStatus status) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A person holds at least one role");
        }
        if (roles.contains(Role.CLINICIAN) && careSetting == null) {
            throw new IllegalArgumentException("A clinician works in a care setting");
        }
        this.email = email.toLowerCase(Locale.ROOT);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.roles = EnumSet.copyOf(roles);
        this.careSetting = careSetting;
        this.profession = profession;
        this.createdAt = createdAt;
        this.status = status;
        // An account made active at once was set up by an administrator, who vouches for its address.
        this.emailConfirmedAt = status == AccountStatus.ACTIVE ? createdAt : null;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Organisation organisation() {
        return organisation;
    }

    CareSetting careSetting() {
        return careSetting;
    }

    String profession() {
        return profession;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    AccountStatus status() {
        return status;
    }

    String realName() {
        return realName;
    }

    Instant guidelinesAcceptedAt() {
        return guidelinesAcceptedAt;
    }

    boolean emailConfirmed() {
        return emailConfirmedAt != null;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }

    Instant previousSignInAt() {
        return previousSignInAt;
    }

    /** What a decision was based on; a decision on an older version is refused. */
    long version() {
        return version;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void describeProfession(String newProfession) {
        this.profession = newProfession;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void changeRoles(Set<Role> newRoles, CareSetting newCareSetting) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A person holds at least one role");
        }
        if (newRoles.contains(Role.CLINICIAN) && newCareSetting == null) {
            throw new IllegalArgumentException("A clinician works in a care setting");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.careSetting = newCareSetting;
    }

    void moveTo(Organisation newOrganisation) {
        this.organisation = newOrganisation;
    }

    void changeStatus(AccountStatus newStatus) {
        this.status = newStatus;
    }

    void recordRealName(String newRealName) {
        this.realName = newRealName;
    }

    void acceptGuidelines(Instant when) {
        this.guidelinesAcceptedAt = when;
    }

    void confirmEmail(Instant when) {
        if (emailConfirmedAt == null) {
            this.emailConfirmedAt = when;
        }
    }

    /**
     * Closing an account: personal fields are erased, the row stays so that what the
     * person contributed is still attributed, to "Former member".
     */
    void erase(String placeholderEmail) {
        this.email = placeholderEmail;
        this.displayName = "Former member";
        this.realName = null;
        this.passwordHash = null;
        this.profession = null;
        this.lastSignInAt = null;
        this.previousSignInAt = null;
        this.status = AccountStatus.CLOSED;
    }
}
