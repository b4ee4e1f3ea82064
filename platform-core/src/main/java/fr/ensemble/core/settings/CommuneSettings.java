package fr.ensemble.core.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's own settings and branding; one row in each tenant schema. */
@Entity
@Table(name = "commune_settings")
public class CommuneSettings {

    static final short SINGLE_ROW = 1;

    @Id
    private short id = SINGLE_ROW;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "primary_color", nullable = false)
    private String primaryColor;

    @Column(name = "accent_color", nullable = false)
    private String accentColor;

    @Column(name = "logo_url")
    private String logoUrl;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "postal_address")
    private String postalAddress;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CommuneSettings() {
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    void apply(CommuneSettingsChange change) {
        displayName = change.displayName().strip();
        primaryColor = change.primaryColor().toLowerCase();
        accentColor = change.accentColor().toLowerCase();
        logoUrl = blankToNull(change.logoUrl());
        contactEmail = blankToNull(change.contactEmail());
        contactPhone = blankToNull(change.contactPhone());
        postalAddress = blankToNull(change.postalAddress());
        updatedAt = Instant.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
