package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.ensemble.participation.api.ParticipationController;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.ConcertationMaps;
import fr.ensemble.participation.application.Consultations;
import fr.ensemble.participation.application.CouncilQuestions;
import fr.ensemble.participation.application.FollowUps;
import fr.ensemble.participation.application.ProjectSubmissions;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.FollowUp;
import fr.ensemble.ui.map.TerritoryMaps;
import fr.ensemble.ui.security.CurrentUser;
import java.util.List;
import fr.ensemble.participation.domain.BallotOption;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.Money;
import fr.ensemble.participation.domain.Tally;
import java.time.LocalDate;

/**
 * One campaign for everyone: what it is about, its phases, who may vote, the options, the way to vote while the
 * vote is open, the check of a receipt code, and the results once the vote is over.
 */
@Route(value = ":commune/participer/:campaign", layout = fr.ensemble.ui.layout.PublicLayout.class)
@AnonymousAllowed
public class CampaignView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final Campaigns campaigns;
    private final ProjectSubmissions projects;
    private final FollowUps followUps;
    private final CurrentUser currentUser;
    private final CouncilQuestions questions;
    private final Consultations consultations;
    private final ConcertationMaps concertations;
    private final TerritoryMaps maps;
    private String title = "Participer — Ensemble";

    public CampaignView(TenantRegistry registry, Campaigns campaigns, ProjectSubmissions projects, FollowUps followUps,
            CurrentUser currentUser, CouncilQuestions questions, Consultations consultations,
            ConcertationMaps concertations, TerritoryMaps maps) {
        this.concertations = concertations;
        this.maps = maps;
        this.questions = questions;
        this.consultations = consultations;
        this.registry = registry;
        this.campaigns = campaigns;
        this.projects = projects;
        this.followUps = followUps;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String slug = event.getRouteParameters().get("campaign").orElseThrow();
        Campaign campaign = TenantContext.call(tenant.slug(), () -> campaigns.find(slug))
                .orElseThrow(() -> new NotFoundException("Consultation inconnue"));
        title = campaign.getTitle() + " — " + tenant.name() + " — Ensemble";
        LocalDate today = ParticipationPages.today();
        var phases = new UnorderedList();
        campaign.getPhases().forEach(phase -> phases.add(new ListItem(ParticipationPages.dates(campaign, phase))));
        removeAll();
        add(new Anchor(tenant.slug() + "/participer", "← Toutes les consultations de " + tenant.name()),
                new H1(campaign.getTitle()),
                new Paragraph(campaign.getKind().label() + " · " + campaign.status(today).label()),
                new Paragraph(campaign.getDescription()), new H2("Calendrier"), phases,
                new H2("Qui peut participer ?"), new Paragraph(who(tenant, campaign)));
        if (campaign.getKind() == CampaignKind.BUDGET && !campaign.isVoteOpen(today) && !campaign.areResultsPublic(today)) {
            add(new ProjectsSection(tenant, campaign, today, TenantContext.call(tenant.slug(), () -> projects.visible(slug)),
                    currentUser.get().isPresent() ? TenantContext.call(tenant.slug(), () -> projects.mine(slug)) : List.of()));
        }
        if (campaign.getKind() == CampaignKind.CONSULTATION) {
            if (campaign.isVoteOpen(today)) {
                var answer = new Anchor(ParticipationPages.campaignPath(tenant, campaign) + "/repondre", "Répondre");
                answer.setId("repondre");
                add(new Paragraph(answer));
                if (campaign.isAnonymousResponses()) {
                    add(new Paragraph(new Anchor(ParticipationPages.campaignPath(tenant, campaign) + "/repondre-sans-compte",
                            "Répondre sans compte")));
                }
            }
            TenantContext.call(tenant.slug(), () -> consultations.results(slug)).ifPresent(results -> add(new ConsultationResults(results)));
        }
        if (campaign.getKind() == CampaignKind.QUESTIONS) {
            add(new QuestionsSection(tenant, campaign, today, TenantContext.call(tenant.slug(), () -> questions.all(slug))));
        }
        if (campaign.getKind() == CampaignKind.CONCERTATION) {
            add(concertation(tenant, campaign, today));
        }
        if (campaign.getKind().hasBallots()) {
            add(options(tenant, campaign));
            if (campaign.isVoteOpen(today)) {
                var vote = new Anchor(ParticipationPages.campaignPath(tenant, campaign) + "/voter", "Voter");
                vote.addClassName("bouton-principal");
                vote.setId("voter");
                add(new Paragraph(vote));
            }
            TenantContext.call(tenant.slug(), () -> campaigns.results(slug)).ifPresent(tally -> {
                add(results(campaign, tally));
                var perCommune = TenantContext.call(tenant.slug(), () -> campaigns.participationPerCommune(slug));
                if (!perCommune.isEmpty()) {
                    add(new ParticipationPerCommune(perCommune));
                }
                tally.options().stream().filter(Tally.OptionResult::winner).forEach(winner -> TenantContext.call(tenant.slug(),
                        () -> followUps.of(winner.option().getId())).ifPresent(followUp -> add(followUp(winner.option(), followUp))));
            });
            add(receiptCheck(tenant, campaign));
        }
    }

    private static Section followUp(BallotOption option, FollowUp followUp) {
        var milestones = new UnorderedList();
        followUp.milestones().forEach(milestone -> milestones.add(new ListItem((milestone.done() ? "Fait — " : "Prévu — ")
                + milestone.title() + " (" + ParticipationPages.day(milestone.dueOn()) + ")")));
        var progress = new ProgressBar(0, 100, followUp.progress());
        progress.getElement().setAttribute("aria-label", "Avancement de « " + option.getTitle() + " »");
        var section = new Section(new H3("Suivi : " + option.getTitle()), new Paragraph(followUp.status() + " — "
                + followUp.progress() + " % réalisé"), progress);
        if (followUp.committee() != null) {
            section.add(new Paragraph("Comité de suivi : " + followUp.committee()));
        }
        section.add(milestones);
        section.addClassName("suivi-projet");
        return section;
    }

    private Section concertation(Tenant tenant, Campaign campaign, LocalDate today) {
        var section = new Section(new H2("La carte du projet"), new Paragraph("Les points de la carte sont les "
                + "commentaires des habitants ; la liste qui suit donne les mêmes commentaires en texte."),
                ConcertationPages.map(maps, tenant, campaign, "Carte du projet et commentaires des habitants"));
        if (campaign.isVoteOpen(today)) {
            var comment = new Anchor(ParticipationPages.campaignPath(tenant, campaign) + "/commenter", "Commenter la carte");
            comment.addClassName("bouton-principal");
            comment.setId("commenter");
            section.add(new Paragraph(comment));
        }
        section.add(new CommentsList("Les commentaires des habitants", "commentaires",
                TenantContext.call(tenant.slug(), () -> concertations.published(campaign.getSlug()))));
        return section;
    }

    private static String who(Tenant tenant, Campaign campaign) {
        return (tenant.isCommune() ? "Les habitants de " + tenant.name() : "Les habitants des neuf communes d'Est Ensemble")
                + (campaign.getMinimumAge() > 0 ? ", à partir de " + campaign.getMinimumAge() + " ans" : "")
                + (campaign.isConfirmedResidenceOnly() ? ", dont la commune de résidence est confirmée dans « Mon compte »" : "")
                + (campaign.getKind().hasBallots() ? ". Chacun vote une fois ; le vote est secret." : ".");
    }

    private Section options(Tenant tenant, Campaign campaign) {
        var section = new Section(new H2(campaign.getBallotRule() == BallotRule.SINGLE ? "Les choix" : "Les projets"));
        if (campaign.getBallotRule() == BallotRule.BUDGET) {
            section.add(new Paragraph("Choisissez les projets que vous soutenez dans la limite de l'enveloppe de "
                    + Money.format(campaign.getEnvelopeCents()) + "."));
        } else if (campaign.getBallotRule() == BallotRule.APPROVAL) {
            section.add(new Paragraph("Choisissez jusqu'à " + campaign.getMaxChoices() + " projets."));
        }
        for (BallotOption option : TenantContext.call(tenant.slug(), () -> campaigns.options(campaign))) {
            section.add(new H3(option.getTitle() + (option.getCostCents() == null ? "" : " — " + Money.format(option.getCostCents()))));
            if (option.getDescription() != null) {
                section.add(new Paragraph(option.getDescription()));
            }
            option.getImageAlt().ifPresent(alt -> {
                var image = new Image(ParticipationController.optionImagePath(tenant.slug(), option).substring(1), alt);
                image.setMaxWidth("20rem");
                image.addClassName("image-choix");
                section.add(image);
            });
        }
        return section;
    }

    private static Section results(Campaign campaign, Tally tally) {
        var list = new UnorderedList();
        tally.options().forEach(result -> list.add(new ListItem((result.winner() ? "Retenu — " : "") + result.option().getTitle()
                + " : " + result.votes() + " voix (" + result.online() + " en ligne, " + result.paper() + " sur papier)")));
        var section = new Section(new H2("Résultats"), new Paragraph(tally.ballots() + " bulletins comptés : "
                + tally.onlineBallots() + " en ligne, " + tally.paperBallots() + " sur papier."), list);
        section.setId("resultats");
        return section;
    }

    private Section receiptCheck(Tenant tenant, Campaign campaign) {
        var code = new TextField("Code de vérification");
        code.setHelperText("Le code reçu après votre vote, par exemple 7KQ2-M9XD-4HTB");
        code.setId("code-a-verifier");
        var answer = new Paragraph();
        answer.setId("verification");
        answer.getElement().setAttribute("aria-live", "polite");
        var check = new Button("Vérifier", click -> answer.setText(
                TenantContext.call(tenant.slug(), () -> campaigns.isCounted(campaign.getSlug(), code.getValue()))
                        ? "Ce bulletin est bien compté."
                        : "Aucun bulletin de cette consultation ne porte ce code. Vérifiez la saisie."));
        check.setId("verifier-code");
        var row = new HorizontalLayout(code, check);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Section(new H2("Mon bulletin est-il compté ?"), new Paragraph("Ce code ne dit rien de votre choix "
                + "ni de votre identité : il permet seulement de vérifier que votre bulletin est dans l'urne."), row, answer);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
