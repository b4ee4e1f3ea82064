package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.api.ParticipationController;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.Receipt;
import fr.ensemble.participation.application.Voting;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.Money;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ballot of a signed-in resident: refused up front with the reason when they may not vote, else the options
 * (a budget shows the total of the chosen projects against the envelope as they choose), then the receipt code.
 */
@Route(value = ":commune/participer/:campaign/voter", layout = PublicLayout.class)
@PermitAll
public class BallotView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final Campaigns campaigns;
    private final Voting voting;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final Paragraph problem = new Paragraph();
    private String title = "Voter — Ensemble";

    public BallotView(TenantRegistry registry, Campaigns campaigns, Voting voting) {
        this.registry = registry;
        this.campaigns = campaigns;
        this.voting = voting;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String slug = event.getRouteParameters().get("campaign").orElseThrow();
        Campaign campaign = TenantContext.call(tenant.slug(), () -> campaigns.find(slug))
                .filter(found -> found.getKind().hasBallots())
                .orElseThrow(() -> new NotFoundException("Consultation inconnue"));
        title = "Voter — " + campaign.getTitle() + " — Ensemble";
        problem.setId("probleme");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-error");
        removeAll();
        add(new Anchor(ParticipationPages.campaignPath(tenant, campaign), "← " + campaign.getTitle()),
                new H1("Voter — " + campaign.getTitle()), problem);
        try {
            TenantContext.run(tenant.slug(), () -> voting.checkCanVote(slug));
        } catch (VoteRefusedException refused) {
            problem.setText(refused.getMessage());
            return;
        }
        add(ballot(tenant, campaign, TenantContext.call(tenant.slug(), () -> campaigns.options(campaign))));
    }

    private Div ballot(Tenant tenant, Campaign campaign, List<BallotOption> options) {
        var page = new Div();
        page.setId("bulletin");
        var send = new Button("Valider mon vote");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("valider-vote");
        send.setDisableOnClick(true);
        if (campaign.getBallotRule() == BallotRule.SINGLE) {
            var choice = new RadioButtonGroup<BallotOption>("Votre choix");
            choice.setItems(options);
            choice.setRenderer(new ComponentRenderer<>(option -> optionLabel(tenant, option, option.getTitle())));
            choice.setId("choix");
            page.add(choice, send);
            send.addClickListener(click -> cast(tenant, campaign, page, send,
                    choice.getValue() == null ? List.of() : List.of(choice.getValue().getId())));
            return page;
        }
        var choice = new CheckboxGroup<BallotOption>(campaign.getBallotRule() == BallotRule.BUDGET
                ? "Les projets que vous soutenez" : "Les projets que vous soutenez (" + campaign.getMaxChoices() + " au plus)");
        choice.setItems(options);
        choice.setRenderer(new ComponentRenderer<>(option -> optionLabel(tenant, option, option.getTitle()
                + (option.getCostCents() == null ? "" : " — " + Money.format(option.getCostCents())))));
        choice.setId("choix");
        var counter = new Span();
        counter.setId("compteur");
        counter.getElement().setAttribute("aria-live", "polite");
        choice.addValueChangeListener(change -> counter.setText(count(campaign, change.getValue())));
        counter.setText(count(campaign, Set.of()));
        page.add(choice, new Paragraph(counter), send);
        send.addClickListener(click -> cast(tenant, campaign, page, send,
                options.stream().filter(choice.getValue()::contains).map(BallotOption::getId).toList()));
        return page;
    }

    /** An option as the voter sees it: its title, and its image with its alternative text when it has one. */
    private static Div optionLabel(Tenant tenant, BallotOption option, String text) {
        var label = new Div(new Span(text));
        option.getImageAlt().ifPresent(alt -> {
            var image = new Image(ParticipationController.optionImagePath(tenant.slug(), option).substring(1), alt);
            image.setMaxWidth("12rem");
            image.addClassName("image-choix");
            label.add(image);
        });
        return label;
    }

    /** The live counter: money left in the envelope, or projects left to choose. */
    private static String count(Campaign campaign, Set<BallotOption> chosen) {
        if (campaign.getBallotRule() == BallotRule.BUDGET) {
            long total = chosen.stream().mapToLong(option -> option.getCostCents() == null ? 0 : option.getCostCents()).sum();
            long left = campaign.getEnvelopeCents() - total;
            return "Total de vos projets : " + Money.format(total) + " sur " + Money.format(campaign.getEnvelopeCents())
                    + (left >= 0 ? " — reste " + Money.format(left) + "." : " — enveloppe dépassée de " + Money.format(-left) + ".");
        }
        return chosen.size() + " projet(s) choisi(s) sur " + campaign.getMaxChoices() + " au plus.";
    }

    private void cast(Tenant tenant, Campaign campaign, Div page, Button send, List<Long> choices) {
        try {
            Receipt receipt = TenantContext.call(tenant.slug(), () -> voting.cast(campaign.getSlug(), choices, idempotencyKey));
            problem.setText("");
            page.removeAll();
            var code = new Span(receipt.code());
            code.setId("code-verification");
            code.addClassName("code");
            page.add(new H2("Votre vote est enregistré"), new Paragraph(new Span("Votre code de vérification : "), code),
                    new Paragraph("Il vous est aussi envoyé par e-mail et reste visible dans « Mon compte ». Avec ce code, "
                            + "vous pouvez vérifier sur la page de la consultation que votre bulletin est compté ; il ne "
                            + "révèle ni votre choix ni votre identité."),
                    new Anchor(ParticipationPages.campaignPath(tenant, campaign), "Retour à la consultation"));
        } catch (VoteRefusedException refused) {
            problem.setText(refused.getMessage());
            send.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
