package fr.ensemble.core.identity.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A resident's profile, shared by every commune (one account for the whole territory). */
@Entity
@Table(schema = "territoire", name = "resident_profile")
public class ResidentProfile {

    @Id
    private String subject;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    private String email;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "street_address")
    private String streetAddress;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    private String phone;

    @Column(name = "residence_commune")
    private String residenceCommune;

    @Column(name = "residence_confirmed", nullable = false)
    private boolean residenceConfirmed;

    @Column(name = "contact_by_email", nullable = false)
    private boolean contactByEmail = true;

    @Column(name = "contact_by_sms", nullable = false)
    private boolean contactBySms;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected ResidentProfile() {
    }

    ResidentProfile(String subject) {
        this.subject = subject;
    }

    /** Names, e-mail and birth date belong to the identity provider: copied at every login. */
    void refreshIdentity(ResidentIdentity identity) {
        givenName = identity.givenName();
        familyName = identity.familyName();
        email = identity.email();
        if (identity.birthDate() != null) {
            birthDate = identity.birthDate();
        }
    }

    void apply(ProfileChange change) {
        streetAddress = blankToNull(change.streetAddress());
        postalCode = blankToNull(change.postalCode());
        city = blankToNull(change.city());
        phone = blankToNull(change.phone());
        if (!Objects.equals(residenceCommune, change.residenceCommune())) {
            residenceCommune = change.residenceCommune();
            residenceConfirmed = false;
        }
        contactByEmail = change.contactByEmail();
        contactBySms = change.contactBySms();
        updatedAt = Instant.now();
    }

    void confirmResidence() {
        residenceConfirmed = true;
        updatedAt = Instant.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getSubject() {
        return subject;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getDisplayName() {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        return name.isEmpty() ? email : name;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getPhone() {
        return phone;
    }

    public String getResidenceCommune() {
        return residenceCommune;
    }

    public boolean isResidenceConfirmed() {
        return residenceConfirmed;
    }

    public boolean isContactByEmail() {
        return contactByEmail;
    }

    public boolean isContactBySms() {
        return contactBySms;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
