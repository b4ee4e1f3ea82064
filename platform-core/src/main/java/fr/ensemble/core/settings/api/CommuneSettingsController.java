package fr.ensemble.core.settings.api;

import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsChange;
import fr.ensemble.core.settings.CommuneSettingsService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final CommuneAccess access;

    public CommuneSettingsController(CommuneSettingsService settings, CommuneAccess access) {
        this.settings = settings;
        this.access = access;
    }

    @GetMapping({"/api/v1/{commune}/settings", "/api/v1/agent/{commune}/settings"})
    public PublicSettings get() {
        return PublicSettings.of(settings.current());
    }

    /** Agents reach {@code /api/v1/agent/{commune}/**}; changing the settings takes the commune's admin role. */
    @PutMapping("/api/v1/agent/{commune}/settings")
    public PublicSettings update(@PathVariable String commune, @RequestBody CommuneSettingsChange change,
            Authentication authentication) {
        if (!access.canWorkIn(authentication, commune, "admin")) {
            throw new AccessDeniedException("Only the commune's admins change its settings");
        }
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
