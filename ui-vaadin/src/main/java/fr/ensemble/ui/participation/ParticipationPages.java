package fr.ensemble.ui.participation;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignPhase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the participation pages share: paths, the day in Paris, dates in French. */
final class ParticipationPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private ParticipationPages() {
    }

    static String campaignPath(Tenant tenant, Campaign campaign) {
        return tenant.slug() + "/participer/" + campaign.getSlug();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    static String dates(Campaign campaign, CampaignPhase phase) {
        return phase.getPhase().label(campaign.getKind()) + " : du " + DAY.format(phase.getStartsOn()) + " au " + DAY.format(phase.getEndsOn());
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String summary(String description) {
        return description.length() <= 240 ? description : description.substring(0, 237).strip() + "…";
    }
}
