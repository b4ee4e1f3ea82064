package fr.ensemble.core.settings.api;

import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A commune's public branding and contact, for the mobile app and partner sites. */
@RestController
public class CommuneSettingsController {

    private final CommuneSettingsService settings;

    public CommuneSettingsController(CommuneSettingsService settings) {
        this.settings = settings;
    }

    /** The tenant comes from the URL through {@code TenantRequestFilter}. */
    @GetMapping("/api/v1/{commune}/settings")
    public PublicSettings get() {
        CommuneSettings current = settings.current();
        return new PublicSettings(current.getDisplayName(), current.getPrimaryColor(), current.getAccentColor(),
                current.getLogoUrl(), current.getContactEmail(), current.getContactPhone(), current.getPostalAddress());
    }

    public record PublicSettings(String displayName, String primaryColor, String accentColor, String logoUrl,
            String contactEmail, String contactPhone, String postalAddress) {
    }
}
