package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.Consultations;
import fr.ensemble.participation.application.ResponseRefusedException;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.VoteRefusedException;

/**
 * Answering a consultation: its questionnaire, French errors per question, one response (per resident, or per
 * browser for a consultation answered without an account, the browser keeping its own random key).
 */
abstract class ConsultationAnswerPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String BROWSER_KEY = """
            let key = localStorage.getItem('ensemble-consultation');
            if (!key) { key = crypto.randomUUID(); localStorage.setItem('ensemble-consultation', key); }
            return key;""";

    private final TenantRegistry registry;
    private final Campaigns campaigns;
    private final Consultations consultations;
    private final boolean withoutAccount;
    private String title = "Répondre — Ensemble";

    ConsultationAnswerPage(TenantRegistry registry, Campaigns campaigns, Consultations consultations, boolean withoutAccount) {
        this.registry = registry;
        this.campaigns = campaigns;
        this.consultations = consultations;
        this.withoutAccount = withoutAccount;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String slug = event.getRouteParameters().get("campaign").orElseThrow();
        Campaign campaign = TenantContext.call(tenant.slug(), () -> campaigns.find(slug))
                .filter(found -> found.getKind() == CampaignKind.CONSULTATION)
                .filter(found -> !withoutAccount || found.isAnonymousResponses())
                .orElseThrow(() -> new NotFoundException("Consultation inconnue"));
        title = "Répondre — " + campaign.getTitle() + " — Ensemble";
        var problem = new Paragraph();
        problem.setId("probleme");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-error");
        var form = new ConsultationForm(TenantContext.call(tenant.slug(), () -> consultations.questions(slug)));
        var send = new Button("Envoyer mes réponses");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("envoyer-reponses");
        var page = new Div(form, send);
        send.addClickListener(click -> {
            if (withoutAccount) {
                getElement().executeJs(BROWSER_KEY).then(String.class, key -> submit(tenant, campaign, form, page, problem, key));
            } else {
                submit(tenant, campaign, form, page, problem, null);
            }
        });
        removeAll();
        add(new Anchor(ParticipationPages.campaignPath(tenant, campaign), "← " + campaign.getTitle()),
                new H1("Répondre — " + campaign.getTitle()), problem, page);
    }

    private void submit(Tenant tenant, Campaign campaign, ConsultationForm form, Div page, Paragraph problem, String key) {
        try {
            TenantContext.run(tenant.slug(), () -> consultations.respond(campaign.getSlug(), form.answers(), key));
            problem.setText("");
            page.removeAll();
            page.add(new H2("Merci, vos réponses sont enregistrées"), new Paragraph("Les résultats seront publiés à la fin "
                    + "de la consultation sur sa page."), new Anchor(ParticipationPages.campaignPath(tenant, campaign),
                    "Retour à la consultation"));
        } catch (ResponseRefusedException refused) {
            form.showErrors(refused.errors());
            problem.setText(refused.getMessage());
        } catch (CampaignRefusedException | VoteRefusedException refused) {
            problem.setText(refused.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
