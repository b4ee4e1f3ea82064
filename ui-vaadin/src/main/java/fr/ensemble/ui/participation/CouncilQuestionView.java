package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.CouncilQuestions;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;

/** A resident asks the council a question for the coming session (droit d'interpellation). */
@Route(value = ":commune/participer/:campaign/question", layout = PublicLayout.class)
@PermitAll
public class CouncilQuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final Campaigns campaigns;
    private final CouncilQuestions questions;
    private String title = "Poser une question — Ensemble";

    public CouncilQuestionView(TenantRegistry registry, Campaigns campaigns, CouncilQuestions questions) {
        this.registry = registry;
        this.campaigns = campaigns;
        this.questions = questions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String slug = event.getRouteParameters().get("campaign").orElseThrow();
        Campaign session = TenantContext.call(tenant.slug(), () -> campaigns.find(slug))
                .filter(found -> found.getKind() == CampaignKind.QUESTIONS)
                .orElseThrow(() -> new NotFoundException("Consultation inconnue"));
        title = "Poser une question — " + session.getTitle() + " — Ensemble";
        var problem = new Paragraph();
        problem.setId("probleme");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-error");
        var question = new TextArea("Votre question");
        question.setHelperText("De 10 à 3 000 caractères, sur les affaires de la commune. Votre nom sera publié avec elle.");
        question.setMaxLength(3000);
        question.setWidthFull();
        question.setId("texte-question");
        var send = new Button("Envoyer ma question");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("envoyer-question");
        var form = new Div(question, send);
        send.addClickListener(click -> {
            try {
                TenantContext.call(tenant.slug(), () -> questions.ask(slug, question.getValue()));
                problem.setText("");
                form.removeAll();
                form.add(new H2("Votre question est enregistrée"), new Paragraph("Vous serez prévenu par e-mail si elle est "
                        + "retenue pour la séance, ou quand sa réponse sera publiée."),
                        new Anchor(ParticipationPages.campaignPath(tenant, session), "Voir les questions"));
            } catch (CampaignRefusedException | VoteRefusedException refused) {
                problem.setText(refused.getMessage());
            }
        });
        removeAll();
        add(new Anchor(ParticipationPages.campaignPath(tenant, session), "← " + session.getTitle()),
                new H1("Poser une question au conseil"), problem, form);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
