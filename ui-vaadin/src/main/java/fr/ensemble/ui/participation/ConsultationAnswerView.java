package fr.ensemble.ui.participation;

import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.Consultations;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;

/** Answering a consultation as a signed-in resident: one response per resident. */
@Route(value = ":commune/participer/:campaign/repondre", layout = PublicLayout.class)
@PermitAll
public class ConsultationAnswerView extends ConsultationAnswerPage {

    public ConsultationAnswerView(TenantRegistry registry, Campaigns campaigns, Consultations consultations) {
        super(registry, campaigns, consultations, false);
    }
}
