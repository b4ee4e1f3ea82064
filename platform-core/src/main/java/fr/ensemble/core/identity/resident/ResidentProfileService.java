package fr.ensemble.core.identity.resident;

import fr.ensemble.core.identity.IdentityAdmin;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * "Mon compte": a resident's profile, consents, activity across communes, data export and deletion. Each
 * resident reads and changes their own account only; {@link #signedIn} runs at login, before anyone is.
 */
@Service
@Validated
public class ResidentProfileService {

    private static final Logger log = LoggerFactory.getLogger(ResidentProfileService.class);

    private final ResidentProfileRepository profiles;
    private final ResidentConsentRepository consents;
    private final List<ResidentActivitySource> activitySources;
    private final TenantRegistry registry;
    private final IdentityAdmin identityAdmin;
    private final ResidenceLocator locator;

    ResidentProfileService(ResidentProfileRepository profiles, ResidentConsentRepository consents,
            List<ResidentActivitySource> activitySources, TenantRegistry registry, IdentityAdmin identityAdmin,
            ResidenceLocator locator) {
        this.profiles = profiles;
        this.consents = consents;
        this.activitySources = activitySources;
        this.registry = registry;
        this.identityAdmin = identityAdmin;
        this.locator = locator;
    }

    /** At each login: creates the profile or refreshes what the identity provider owns. */
    @Transactional
    public ResidentProfile signedIn(ResidentIdentity identity) {
        ResidentProfile profile = profiles.findById(identity.subject())
                .orElseGet(() -> profiles.save(new ResidentProfile(identity.subject())));
        profile.refreshIdentity(identity);
        return profile;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@residentAccess.isSelf(authentication, #subject)")
    public Optional<ResidentProfile> find(String subject) {
        return profiles.findById(subject);
    }

    @Transactional
    @PreAuthorize("@residentAccess.isSelf(authentication, #subject)")
    public ResidentProfile update(String subject, @Valid ProfileChange change) {
        if (change.residenceCommune() != null
                && registry.find(change.residenceCommune()).filter(Tenant::isCommune).isEmpty()) {
            throw new InvalidProfileException("residenceCommune", "Choisissez une commune d'Est Ensemble.");
        }
        ResidentProfile profile = profiles.findById(subject).orElseThrow(() -> new UnknownResidentException(subject));
        profile.apply(change);
        return profile;
    }

    /**
     * Confirms the declared commune of residence with a position the resident gives (their device's location,
     * or a point on a map): confirmed when the position lies in that commune, refused with the reason otherwise.
     */
    @Transactional
    @PreAuthorize("@residentAccess.isSelf(authentication, #subject)")
    public ResidentProfile confirmResidence(String subject, double longitude, double latitude) {
        ResidentProfile profile = profiles.findById(subject).orElseThrow(() -> new UnknownResidentException(subject));
        if (profile.getResidenceCommune() == null) {
            throw new InvalidProfileException("residenceCommune", "Déclarez d'abord votre commune de résidence.");
        }
        Tenant located = locator.communeAt(longitude, latitude).orElseThrow(() -> new InvalidProfileException(
                "residenceCommune", "Cette position n'est dans aucune commune d'Est Ensemble."));
        if (!located.slug().equals(profile.getResidenceCommune())) {
            throw new InvalidProfileException("residenceCommune", "Cette position est à " + located.name()
                    + ", pas dans la commune que vous avez déclarée. Corrigez votre commune ou réessayez depuis chez vous.");
        }
        profile.confirmResidence();
        return profile;
    }

    /** The current choice for each purpose: the latest consent recorded. */
    @Transactional(readOnly = true)
    @PreAuthorize("@residentAccess.isSelf(authentication, #subject)")
    public Map<String, Boolean> currentConsents(String subject) {
        Map<String, Boolean> current = new LinkedHashMap<>();
        for (ResidentConsent consent : consents.findBySubjectOrderByRecordedAtDescIdDesc(subject)) {
            current.putIfAbsent(consent.getPurpose(), consent.isGranted());
        }
        return current;
    }

    /** Records a consent given or withdrawn, with its wording; a choice that does not change is not recorded. */
    @Transactional
    @PreAuthorize("@residentAccess.isSelf(authentication, #subject)")
    public void consent(String subject, ConsentPurpose purpose, boolean granted) {
        if (!profiles.existsById(subject)) {
            throw new UnknownResidentException(subject);
        }
        if (currentConsents(subject).getOrDefault(purpose.id(), false) != granted) {
            consents.save(new ResidentConsent(subject, purpose, granted));
        }
    }

    /** What the resident did in every commune and the territory, newest first. */
    @PreAuthorize("@residentAccess.isSelf(authentication, #subject)")
    public List<ResidentActivity> activities(String subject) {
        return activitySources.stream()
                .flatMap(source -> source.activitiesOf(subject).stream())
                .sorted(Comparator.comparing(ResidentActivity::at).reversed())
                .toList();
    }

    /** Everything the platform holds about the resident (GDPR right of access), ready for JSON. */
    @Transactional(readOnly = true)
    @PreAuthorize("@residentAccess.isSelf(authentication, #subject)")
    public Map<String, Object> export(String subject) {
        ResidentProfile profile = profiles.findById(subject).orElseThrow(() -> new UnknownResidentException(subject));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exporteLe", Instant.now());
        data.put("profil", profileData(profile));
        data.put("consentements", consents.findBySubjectOrderByRecordedAtDescIdDesc(subject).stream()
                .map(consent -> Map.of("objet", consent.getPurpose(), "texte", consent.getWording(),
                        "accorde", consent.isGranted(), "date", consent.getRecordedAt()))
                .toList());
        data.put("activites", activities(subject));
        return data;
    }

    /**
     * Deletes the account for good (GDPR right to erasure): every module forgets the resident, the profile and
     * consents go, then the identity provider deletes the login. If that last step fails, nothing is removed.
     */
    @Transactional
    @PreAuthorize("@residentAccess.isSelf(authentication, #subject)")
    public void deleteAccount(String subject) {
        ResidentProfile profile = profiles.findById(subject).orElseThrow(() -> new UnknownResidentException(subject));
        activitySources.forEach(source -> source.forget(subject));
        profiles.delete(profile);
        profiles.flush();
        identityAdmin.deleteUser(subject);
        log.info("Resident account {} deleted at their request", subject);
    }

    private static Map<String, Object> profileData(ResidentProfile profile) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("identifiant", profile.getSubject());
        data.put("prenom", profile.getGivenName());
        data.put("nom", profile.getFamilyName());
        data.put("email", profile.getEmail());
        data.put("dateDeNaissance", profile.getBirthDate());
        data.put("adresse", profile.getStreetAddress());
        data.put("codePostal", profile.getPostalCode());
        data.put("ville", profile.getCity());
        data.put("telephone", profile.getPhone());
        data.put("communeDeResidence", profile.getResidenceCommune());
        data.put("communeConfirmee", profile.isResidenceConfirmed());
        data.put("contactParEmail", profile.isContactByEmail());
        data.put("contactParSms", profile.isContactBySms());
        data.put("creeLe", profile.getCreatedAt());
        data.put("modifieLe", profile.getUpdatedAt());
        return data;
    }
}
