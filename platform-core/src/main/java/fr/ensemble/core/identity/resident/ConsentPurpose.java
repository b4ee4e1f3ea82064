package fr.ensemble.core.identity.resident;

import fr.ensemble.core.tenancy.Tenant;

/**
 * Something a resident may consent to, with the exact French wording shown to them (kept with each consent).
 *
 * @param id {@code sms}, {@code email-news} or {@code newsletter:<commune>}
 */
public record ConsentPurpose(String id, String wording) {

    public static final ConsentPurpose SMS = new ConsentPurpose("sms",
            "J'accepte de recevoir par SMS des informations sur mes démarches et rendez-vous.");

    public static ConsentPurpose newsletterOf(Tenant tenant) {
        return new ConsentPurpose("newsletter:" + tenant.slug(),
                "J'accepte de recevoir par e-mail la lettre d'information de " + tenant.name()
                        + ". Je peux me désinscrire à tout moment depuis Mon compte.");
    }
}
