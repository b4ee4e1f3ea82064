package fr.ensemble.ui.participation;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.Consultations;
import fr.ensemble.ui.layout.PublicLayout;

/** Answering, without an account, a consultation that allows it: one response per browser. */
@Route(value = ":commune/participer/:campaign/repondre-sans-compte", layout = PublicLayout.class)
@AnonymousAllowed
public class AnonymousConsultationAnswerView extends ConsultationAnswerPage {

    public AnonymousConsultationAnswerView(TenantRegistry registry, Campaigns campaigns, Consultations consultations) {
        super(registry, campaigns, consultations, true);
    }
}
