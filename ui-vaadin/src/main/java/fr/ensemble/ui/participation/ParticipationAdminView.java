package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.settings.CommuneSettings;
import fr.ensemble.core.settings.CommuneSettingsService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.application.CampaignAdministration;
import fr.ensemble.participation.application.CampaignAdministration.CampaignRow;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.ConcertationModeration;
import fr.ensemble.participation.application.Consultations;
import fr.ensemble.participation.application.CouncilQuestions;
import fr.ensemble.participation.application.FollowUps;
import fr.ensemble.participation.application.PollingDesk;
import fr.ensemble.participation.application.ProjectModeration;
import fr.ensemble.participation.domain.Tally;
import fr.ensemble.participation.domain.BallotRule;
import fr.ensemble.participation.domain.CampaignDraft;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignPhase;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.Money;
import fr.ensemble.participation.domain.Phase;
import fr.ensemble.ui.commune.CommuneBanner;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The commune's campaigns for its {@code animateur} agents: how many took part so far, a new campaign (type, rule,
 * eligibility, phases), its options, and its publication.
 */
@Route(value = "agent/:commune/participation", layout = PublicLayout.class)
@PermitAll
public class ParticipationAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final CommuneSettingsService settings;
    private final CampaignAdministration administration;
    private final PollingDesk desk;
    private final ProjectModeration moderation;
    private final FollowUps followUps;
    private final Campaigns campaigns;
    private final CouncilQuestions questions;
    private final Consultations consultations;
    private final ConcertationModeration concertations;
    private final Grid<CampaignRow> grid = new Grid<>();
    private final Div detail = new Div();
    private Tenant tenant;
    private String title = "Participation — Ensemble";

    public ParticipationAdminView(TenantRegistry registry, CommuneAccess access, CommuneSettingsService settings,
            CampaignAdministration administration, PollingDesk desk, ProjectModeration moderation, FollowUps followUps,
            Campaigns campaigns, CouncilQuestions questions, Consultations consultations,
            ConcertationModeration concertations) {
        this.concertations = concertations;
        this.questions = questions;
        this.consultations = consultations;
        this.registry = registry;
        this.access = access;
        this.settings = settings;
        this.administration = administration;
        this.desk = desk;
        this.moderation = moderation;
        this.followUps = followUps;
        this.campaigns = campaigns;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "animateur")) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        CommuneSettings branding = TenantContext.call(tenant.slug(), settings::current);
        title = "Participation — " + branding.getDisplayName() + " — Ensemble";
        grid.setId("campagnes-agent");
        grid.setAriaLabel("Campagnes de participation");
        grid.addColumn(row -> row.campaign().getTitle()).setHeader("Campagne").setAutoWidth(true);
        grid.addColumn(row -> row.campaign().getKind().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(row -> row.campaign().isPublished() ? row.campaign().status(ParticipationPages.today()).label()
                : "Brouillon").setHeader("État").setAutoWidth(true);
        grid.addColumn(CampaignRow::participants).setHeader("Votants").setAutoWidth(true);
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem()
                .ifPresent(row -> open(row.campaign().getSlug())));
        removeAll();
        add(new CommuneBanner("Participation — " + branding.getDisplayName(), branding), grid, detail, creation());
        refresh();
    }

    private void refresh() {
        var rows = TenantContext.call(tenant.slug(), administration::all);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 15);
    }

    private Section creation() {
        var slug = new TextField("Identifiant (dans l'adresse)");
        slug.setHelperText("Par exemple budget-participatif-2026");
        slug.setId("campagne-identifiant");
        var kind = new Select<CampaignKind>();
        kind.setLabel("Type");
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(CampaignKind::label);
        kind.setValue(CampaignKind.BUDGET);
        kind.setId("campagne-type");
        var name = new TextField("Titre");
        name.setId("campagne-titre");
        var description = new TextArea("Description");
        description.setId("campagne-description");
        var rule = new Select<BallotRule>();
        rule.setLabel("Règle du vote");
        rule.setItems(BallotRule.values());
        rule.setItemLabelGenerator(BallotRule::label);
        rule.setValue(BallotRule.BUDGET);
        var maxChoices = new IntegerField("Nombre de projets au plus (vote par approbation)");
        var envelope = new BigDecimalField("Enveloppe (euros)");
        var minimumAge = new IntegerField("Âge minimum");
        minimumAge.setValue(16);
        var confirmed = new Checkbox("Réservé aux habitants dont la commune est confirmée");
        var submissionFrom = new DatePicker("Dépôt des projets ou des questions : début");
        var submissionTo = new DatePicker("Dépôt des projets ou des questions : fin");
        var voteFrom = new DatePicker("Vote, réponses ou commentaires : premier jour");
        var voteTo = new DatePicker("Vote, réponses ou commentaires : dernier jour");
        voteFrom.setId("campagne-vote-debut");
        voteTo.setId("campagne-vote-fin");
        var error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        var create = new Button("Créer la campagne", click -> {
            try {
                List<CampaignPhase> phases = new ArrayList<>();
                if (submissionFrom.getValue() != null && submissionTo.getValue() != null) {
                    phases.add(new CampaignPhase(Phase.SUBMISSION, submissionFrom.getValue(), submissionTo.getValue()));
                }
                if (voteFrom.getValue() != null && voteTo.getValue() != null) {
                    phases.add(new CampaignPhase(Phase.VOTE, voteFrom.getValue(), voteTo.getValue()));
                }
                var draft = new CampaignDraft(slug.getValue().strip(), kind.getValue(), name.getValue(),
                        description.getValue(), kind.getValue() == CampaignKind.VOTE ? BallotRule.SINGLE : rule.getValue(),
                        maxChoices.getValue(), cents(envelope.getValue()),
                        minimumAge.getValue() == null ? 0 : minimumAge.getValue(), confirmed.getValue(), phases);
                TenantContext.run(tenant.slug(), () -> administration.create(draft));
                error.setText("");
                refresh();
                open(draft.slug());
            } catch (CampaignRefusedException refused) {
                error.setText(refused.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("creer-campagne");
        var form = new FormLayout(slug, kind, name, description, rule, maxChoices, envelope, minimumAge, confirmed,
                submissionFrom, submissionTo, voteFrom, voteTo);
        var section = new Section(new H2("Nouvelle campagne"), error, form, create);
        section.setId("nouvelle-campagne");
        return section;
    }

    private void open(String slug) {
        var campaign = TenantContext.call(tenant.slug(), () -> administration.require(slug));
        var options = new UnorderedList();
        TenantContext.call(tenant.slug(), () -> administration.options(slug)).forEach(option -> options.add(new ListItem(
                option.getTitle() + (option.getCostCents() == null ? "" : " — " + Money.format(option.getCostCents())))));
        var optionTitle = new TextField("Titre du choix");
        optionTitle.setId("choix-titre");
        var optionDescription = new TextArea("Description");
        var cost = new BigDecimalField("Coût estimé (euros)");
        var error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        var image = new OptionImageField();
        var add = new Button("Ajouter ce choix", click -> act(error, () -> administration.addOption(slug, optionTitle.getValue(),
                optionDescription.getValue(), cents(cost.getValue()), image.image()), slug));
        add.setId("ajouter-choix");
        var publish = new Button("Publier la campagne", click -> act(error, () -> {
            administration.publish(slug);
            return null;
        }, slug));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publier-campagne");
        detail.removeAll();
        var section = new Section(new H2(campaign.getTitle()), new Paragraph(campaign.getKind().label() + " · "
                + (campaign.isPublished() ? "publiée" : "brouillon") + " · adresse : /" + tenant.slug() + "/participer/"
                + campaign.getSlug()), error);
        if (campaign.getKind().hasBallots()) {
            section.add(new H2("Choix soumis au vote"), options, new FormLayout(optionTitle, optionDescription, cost), image,
                    add);
        }
        if (!campaign.isPublished()) {
            section.add(publish);
        }
        section.setId("campagne-detail");
        detail.add(section);
        if (campaign.isPublished() && campaign.getKind() == CampaignKind.BUDGET) {
            detail.add(new ProjectModerationPanel(tenant, slug, moderation, () -> open(slug)));
            TenantContext.call(tenant.slug(), () -> campaigns.results(slug)).ifPresent(tally -> detail.add(new FollowUpPanel(
                    tenant, tally.options().stream().filter(Tally.OptionResult::winner).map(Tally.OptionResult::option)
                    .toList(), followUps)));
        }
        if (campaign.getKind() == CampaignKind.CONSULTATION) {
            detail.add(new ConsultationPanel(tenant, campaign, consultations, administration, () -> open(slug)));
        }
        if (campaign.getKind() == CampaignKind.CONCERTATION) {
            detail.add(new ConcertationPanel(tenant, campaign, concertations, () -> open(slug)));
        }
        if (campaign.isPublished() && campaign.getKind() == CampaignKind.QUESTIONS) {
            detail.add(new QuestionsPanel(tenant, slug, questions, () -> open(slug)));
        }
        if (campaign.isPublished() && campaign.getKind() == CampaignKind.VOTE) {
            detail.add(new PollingDeskPanel(tenant, slug, TenantContext.call(tenant.slug(), () -> administration.options(slug)),
                    registry.communes(), desk));
        }
    }

    private void act(Paragraph error, java.util.function.Supplier<?> change, String slug) {
        try {
            TenantContext.call(tenant.slug(), change);
            Notification.show("Enregistré.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            open(slug);
        } catch (CampaignRefusedException refused) {
            error.setText(refused.getMessage());
        }
    }

    private static Long cents(BigDecimal euros) {
        return euros == null ? null : euros.movePointRight(2).longValue();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
