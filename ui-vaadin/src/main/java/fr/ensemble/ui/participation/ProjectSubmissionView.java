package fr.ensemble.ui.participation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.participation.application.Campaigns;
import fr.ensemble.participation.application.ProjectSubmissions;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CampaignKind;
import fr.ensemble.participation.domain.CampaignRefusedException;
import fr.ensemble.participation.domain.ProjectCategory;
import fr.ensemble.participation.domain.DescribedImage;
import fr.ensemble.participation.domain.ProjectImage;
import fr.ensemble.participation.domain.ProjectProposal;
import fr.ensemble.participation.domain.VoteRefusedException;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.map.MapLibreMap;
import fr.ensemble.ui.map.TerritoryMaps;
import fr.ensemble.ui.layout.DropLabels;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A resident submits a project to a participatory budget: title, description, category, estimated cost, where it
 * would be (a click on the commune's map, the device's position, or coordinates), co-authors and up to three images,
 * each checked as it arrives.
 */
@Route(value = ":commune/participer/:campaign/deposer", layout = PublicLayout.class)
@PermitAll
public class ProjectSubmissionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final Campaigns campaigns;
    private final ProjectSubmissions submissions;
    private final TerritoryMaps maps;
    private final List<JoinedImage> images = new ArrayList<>();
    private final Paragraph problem = new Paragraph();
    private String title = "Déposer un projet — Ensemble";

    public ProjectSubmissionView(TenantRegistry registry, Campaigns campaigns, ProjectSubmissions submissions,
            TerritoryMaps maps) {
        this.registry = registry;
        this.maps = maps;
        this.campaigns = campaigns;
        this.submissions = submissions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Tenant tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        String slug = event.getRouteParameters().get("campaign").orElseThrow();
        Campaign campaign = TenantContext.call(tenant.slug(), () -> campaigns.find(slug))
                .filter(found -> found.getKind() == CampaignKind.BUDGET)
                .orElseThrow(() -> new NotFoundException("Consultation inconnue"));
        title = "Déposer un projet — " + campaign.getTitle() + " — Ensemble";
        problem.setId("probleme");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-error");
        removeAll();
        add(new Anchor(ParticipationPages.campaignPath(tenant, campaign), "← " + campaign.getTitle()),
                new H1("Déposer un projet"), problem, form(tenant, campaign));
    }

    private Div form(Tenant tenant, Campaign campaign) {
        var name = new TextField("Titre du projet");
        name.setMaxLength(200);
        name.setId("projet-titre");
        var description = new TextArea("Description");
        description.setHelperText("Ce que le projet change, pour qui, où.");
        description.setId("projet-description");
        var category = new Select<ProjectCategory>();
        category.setLabel("Catégorie");
        category.setItems(ProjectCategory.values());
        category.setItemLabelGenerator(ProjectCategory::label);
        category.setId("projet-categorie");
        var cost = new BigDecimalField("Coût estimé (euros)");
        cost.setId("projet-cout");
        var longitude = new NumberField("Longitude du lieu");
        longitude.setId("projet-longitude");
        var latitude = new NumberField("Latitude du lieu");
        latitude.setId("projet-latitude");
        var placed = new Paragraph("Aucun lieu choisi : cliquez sur la carte, utilisez votre position ou saisissez "
                + "les coordonnées (facultatif).");
        placed.setId("lieu-choisi");
        placed.getElement().setAttribute("role", "status");
        var map = maps.placeChooser(tenant);
        map.ifPresent(chooser -> {
            chooser.setHeight("18rem");
            chooser.setId("carte-projet");
            chooser.pickPoints((lon, lat) -> {
                longitude.setValue(lon);
                latitude.setValue(lat);
            });
        });
        longitude.addValueChangeListener(change -> showPlace(placed, map, longitude.getValue(), latitude.getValue()));
        latitude.addValueChangeListener(change -> showPlace(placed, map, longitude.getValue(), latitude.getValue()));
        var here = new Button("Utiliser ma position actuelle", click -> getElement().executeJs("""
                return new Promise(resolve => navigator.geolocation
                  ? navigator.geolocation.getCurrentPosition(p => resolve(p.coords.longitude + ' ' + p.coords.latitude),
                      () => resolve(''), {timeout: 15000})
                  : resolve(''));""").then(String.class, position -> {
            if (position == null || position.isBlank()) {
                problem.setText("Votre position n'est pas disponible : saisissez les coordonnées, ou laissez-les vides.");
                return;
            }
            longitude.setValue(Double.parseDouble(position.split(" ")[0]));
            latitude.setValue(Double.parseDouble(position.split(" ")[1]));
        }));
        var coAuthors = new TextField("Co-auteurs (facultatif)");
        coAuthors.setHelperText("Les habitants qui portent le projet avec vous, séparés par des virgules.");
        var imageStatus = new Paragraph();
        imageStatus.getElement().setAttribute("role", "status");
        var imageDescriptions = new Div();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                if (images.size() >= ProjectImage.MAX_PER_PROJECT) {
                    throw new CampaignRefusedException("Trois images au plus par projet.");
                }
                ProjectImage.of(metadata.fileName(), bytes);
                var imageDescription = new TextField("Que montre l'image « " + metadata.fileName() + " » ?");
                imageDescription.setHelperText("Quelques mots lus aux personnes qui ne voient pas l'image (obligatoire).");
                imageDescription.setMaxLength(DescribedImage.MAX_ALT_LENGTH);
                imageDescription.setRequiredIndicatorVisible(true);
                imageDescription.setId("image-projet-description-" + (images.size() + 1));
                images.add(new JoinedImage(metadata.fileName(), bytes, imageDescription));
                imageDescriptions.add(imageDescription);
                imageStatus.setText(images.size() + " image(s) jointe(s) : décrivez chacune ci-dessous.");
            } catch (CampaignRefusedException e) {
                imageStatus.setText(e.getMessage());
            }
        }));
        upload.setMaxFiles(ProjectImage.MAX_PER_PROJECT);
        upload.setUploadButton(new Button("Choisir des images"));
        DropLabels.set(upload, "ou déposez les images ici");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setId("projet-images");
        imageStatus.setId("projet-images-etat");
        var send = new Button("Déposer mon projet");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("deposer-projet");
        var where = new Div(placed, new FormLayout(longitude, latitude), here);
        map.ifPresent(chooser -> where.addComponentAsFirst(chooser));
        var page = new Div(new FormLayout(name, description, category, cost), where, coAuthors,
                new NativeLabel("Images (JPEG ou PNG, 2 Mo chacune, trois au plus)"), upload, imageStatus, imageDescriptions, send);
        page.setId("formulaire-projet");
        send.addClickListener(click -> {
            try {
                var proposal = new ProjectProposal(name.getValue(), description.getValue(), category.getValue(),
                        cost.getValue() == null ? null : cost.getValue().movePointRight(2).longValue(),
                        longitude.getValue(), latitude.getValue(), coAuthors.getValue());
                List<DescribedImage> described = images.stream().map(JoinedImage::described).toList();
                var project = TenantContext.call(tenant.slug(), () -> submissions.submit(campaign.getSlug(), proposal, described));
                problem.setText("");
                page.removeAll();
                page.add(new H2("Votre projet est déposé"), new Paragraph("« " + project.getTitle() + " » sera étudié par "
                        + "les services de la commune ; vous recevrez un e-mail à chaque étape et le suivez dans « Mon compte »."),
                        new Anchor(ParticipationPages.campaignPath(tenant, campaign), "Retour au budget participatif"));
            } catch (CampaignRefusedException | VoteRefusedException refused) {
                problem.setText(refused.getMessage());
            }
        });
        return page;
    }

    private static void showPlace(Paragraph placed, Optional<MapLibreMap> map, Double lon,
            Double lat) {
        if (lon == null || lat == null) {
            placed.setText("Aucun lieu choisi : cliquez sur la carte, utilisez votre position ou saisissez les coordonnées "
                    + "(facultatif).");
            map.ifPresent(chooser -> chooser.showPoint(null, null));
            return;
        }
        placed.setText(String.format(Locale.FRANCE, "Lieu choisi : latitude %.5f, longitude %.5f.", lat, lon));
        map.ifPresent(chooser -> chooser.showPoint(lon, lat));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** An image joined to the form, with the field where the resident says what it shows. */
    private record JoinedImage(String fileName, byte[] data, TextField description) {

        /** @throws CampaignRefusedException when the description is missing */
        DescribedImage described() {
            return DescribedImage.of(fileName, data, description.getValue());
        }
    }
}
