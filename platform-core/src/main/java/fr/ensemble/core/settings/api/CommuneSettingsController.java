package fr.ensemble.core.settings.api;

import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsChange;
import fr.ensemble.core.settings.CommuneSettingsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A commune's branding and contact: public for the mobile app and partner sites, changed by the commune's
 * admins. The tenant comes from the URL through {@code TenantRequestFilter}.
 */
@RestController
public class CommuneSettingsController {

    private final CommuneSettingsService settings;

    public CommuneSettingsController(CommuneSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping({"/api/v1/{commune}/settings", "/api/v1/agent/{commune}/settings"})
    public PublicSettings get() {
        return PublicSettings.of(settings.current());
    }

    /** Agents reach {@code /api/v1/agent/{commune}/**}; the service lets the commune's admins only change it. */
    @PutMapping("/api/v1/agent/{commune}/settings")
    public PublicSettings update(@RequestBody CommuneSettingsChange change) {
        return PublicSettings.of(settings.update(change));
    }

    public record PublicSettings(String displayName, String primaryColor, String accentColor, String logoUrl,
            String contactEmail, String contactPhone, String postalAddress) {

        static PublicSettings of(CommuneSettings current) {
            return new PublicSettings(current.getDisplayName(), current.getPrimaryColor(), current.getAccentColor(),
                    current.getLogoUrl(), current.getContactEmail(), current.getContactPhone(),
                    current.getPostalAddress());
        }
    }
}
