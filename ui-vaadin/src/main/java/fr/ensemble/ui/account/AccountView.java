package fr.ensemble.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ensemble.core.identity.resident.ConsentPurpose;
import fr.ensemble.core.identity.resident.InvalidProfileException;
import fr.ensemble.core.identity.resident.ProfileChange;
import fr.ensemble.core.identity.resident.ResidentActivity;
import fr.ensemble.core.identity.resident.ResidentProfile;
import fr.ensemble.core.identity.resident.ResidentProfileService;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.ui.layout.PublicLayout;
import fr.ensemble.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** "Mon compte": one account for every commune — profile, consents, activity, data download, deletion. */
@Route(value = "compte", layout = PublicLayout.class)
@PageTitle("Mon compte — Ensemble")
@PermitAll
public class AccountView extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private final ResidentProfileService profiles;
    private final TenantRegistry registry;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final String subject;

    private final TextField streetAddress = new TextField("Adresse");
    private final TextField postalCode = new TextField("Code postal");
    private final TextField city = new TextField("Ville");
    private final TextField phone = new TextField("Téléphone");
    private final Select<Tenant> residenceCommune = new Select<>();
    private final Checkbox contactByEmail = new Checkbox("Me contacter par e-mail au sujet de mes démarches");
    private final Checkbox contactBySms = new Checkbox("Me contacter par SMS au sujet de mes démarches");

    public AccountView(ResidentProfileService profiles, TenantRegistry registry, CurrentUser currentUser,
            JsonMapper json) {
        this.profiles = profiles;
        this.registry = registry;
        this.currentUser = currentUser;
        this.json = json;
        this.subject = currentUser.require().getSubject();
        ResidentProfile profile = profiles.find(subject).orElseThrow();
        add(new H1("Mon compte"),
                new Paragraph("Bonjour " + profile.getDisplayName() + ". Ce compte unique vous sert dans les neuf "
                        + "communes d'Est Ensemble et auprès du territoire."),
                identity(profile), contact(profile), consents(), activities(), data());
    }

    private Section identity(ResidentProfile profile) {
        var list = new UnorderedList(new ListItem("Nom : " + profile.getDisplayName()),
                new ListItem("E-mail : " + profile.getEmail()));
        if (profile.getBirthDate() != null) {
            list.add(new ListItem("Date de naissance : " + profile.getBirthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        }
        return section("Mon identité", list,
                new Paragraph("Ces informations viennent de votre compte de connexion (ou de FranceConnect)."));
    }

    private Section contact(ResidentProfile profile) {
        streetAddress.setValue(nullToEmpty(profile.getStreetAddress()));
        postalCode.setValue(nullToEmpty(profile.getPostalCode()));
        city.setValue(nullToEmpty(profile.getCity()));
        phone.setValue(nullToEmpty(profile.getPhone()));
        residenceCommune.setLabel("Commune de résidence");
        residenceCommune.setItems(registry.communes());
        residenceCommune.setItemLabelGenerator(tenant -> tenant == null ? "Je n'habite pas Est Ensemble" : tenant.name());
        residenceCommune.setEmptySelectionAllowed(true);
        residenceCommune.setEmptySelectionCaption("Je n'habite pas Est Ensemble");
        registry.find(nullToEmpty(profile.getResidenceCommune())).ifPresent(residenceCommune::setValue);
        residenceCommune.setHelperText(profile.isResidenceConfirmed() ? "Commune confirmée" : "Commune déclarée, non encore confirmée");
        contactByEmail.setValue(profile.isContactByEmail());
        contactBySms.setValue(profile.isContactBySms());
        var save = new Button("Enregistrer mes coordonnées", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("enregistrer-coordonnees");
        var form = new FormLayout(streetAddress, postalCode, city, phone, residenceCommune, contactByEmail, contactBySms);
        var confirm = new Button("Confirmer ma commune avec ma position", click -> confirmWithPosition());
        confirm.setId("confirmer-commune");
        return section("Mes coordonnées", form, save, new Paragraph("Certaines consultations sont réservées aux "
                + "habitants dont la commune est confirmée. Depuis chez vous, votre appareil peut la confirmer : "
                + "sa position est comparée aux contours des communes puis oubliée."), confirm);
    }

    /** The device's position, asked by the browser (which asks the resident), never stored. */
    private void confirmWithPosition() {
        getElement().executeJs("""
                return new Promise(resolve => navigator.geolocation
                  ? navigator.geolocation.getCurrentPosition(
                      position => resolve(position.coords.longitude + ' ' + position.coords.latitude),
                      () => resolve(''), {timeout: 15000})
                  : resolve(''));""").then(String.class, position -> {
            if (position == null || position.isBlank()) {
                notify("Votre position n'est pas disponible : autorisez-la dans votre navigateur, puis réessayez.",
                        NotificationVariant.LUMO_ERROR);
                return;
            }
            String[] lonLat = position.split(" ");
            residenceCommune.setInvalid(false);
            try {
                profiles.confirmResidence(subject, Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1]));
                residenceCommune.setHelperText("Commune confirmée");
                notify("Votre commune de résidence est confirmée.", NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidProfileException e) {
                showError(e.getField(), e.getMessage());
            }
        });
    }

    private void save() {
        List.of(streetAddress, postalCode, city, phone).forEach(field -> field.setInvalid(false));
        residenceCommune.setInvalid(false);
        var change = new ProfileChange(streetAddress.getValue(), postalCode.getValue(), city.getValue(), phone.getValue(),
                residenceCommune.getValue() == null ? null : residenceCommune.getValue().slug(),
                contactByEmail.getValue(), contactBySms.getValue());
        try {
            profiles.update(subject, change);
            notify("Vos coordonnées sont enregistrées.", NotificationVariant.LUMO_SUCCESS);
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(violation -> showError(
                    violation.getPropertyPath().toString().replaceFirst(".*\\.", ""), violation.getMessage()));
            notify("Certaines informations sont à corriger.", NotificationVariant.LUMO_ERROR);
        } catch (InvalidProfileException e) {
            showError(e.getField(), e.getMessage());
        }
    }

    private void showError(String field, String message) {
        HasValidation component = switch (field) {
            case "postalCode" -> postalCode;
            case "city" -> city;
            case "phone" -> phone;
            case "residenceCommune" -> residenceCommune;
            default -> streetAddress;
        };
        component.setErrorMessage(message);
        component.setInvalid(true);
    }

    private Section consents() {
        Map<String, Boolean> current = profiles.currentConsents(subject);
        var list = new Div();
        list.add(consentBox(ConsentPurpose.SMS, current));
        registry.communes().forEach(commune -> list.add(consentBox(ConsentPurpose.newsletterOf(commune), current)));
        return section("Mes consentements", new Paragraph("Vous pouvez retirer un consentement à tout moment. "
                + "Chaque choix est conservé avec sa date et le texte que vous avez accepté."), list);
    }

    private Checkbox consentBox(ConsentPurpose purpose, Map<String, Boolean> current) {
        var box = new Checkbox(purpose.wording(), current.getOrDefault(purpose.id(), false));
        box.setId("consentement-" + purpose.id().replace(':', '-'));
        box.addValueChangeListener(change -> {
            profiles.consent(subject, purpose, change.getValue());
            notify(change.getValue() ? "Consentement enregistré." : "Consentement retiré.", NotificationVariant.LUMO_SUCCESS);
        });
        return box;
    }

    private Section activities() {
        List<ResidentActivity> activities = profiles.activities(subject);
        if (activities.isEmpty()) {
            var empty = new Paragraph("Vous n'avez encore déposé aucune démarche ni participé à aucune consultation. "
                    + "Elles apparaîtront ici, quelle que soit la commune concernée.");
            empty.addClassName("empty-state");
            return section("Mes démarches et participations", empty);
        }
        var list = new UnorderedList();
        activities.forEach(activity -> {
            var item = new ListItem(activity.kind() + " — " + activity.title() + " ("
                    + registry.find(activity.tenantSlug()).map(Tenant::name).orElse(activity.tenantSlug()) + ", "
                    + DATE.format(activity.at()) + ") : " + activity.status() + " — ");
            item.add(activity.path() == null ? new Span(activity.reference()) : new Anchor(activity.path(), activity.reference()));
            list.add(item);
        });
        return section("Mes démarches et participations", list);
    }

    private Section data() {
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] export = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(profiles.export(subject));
            return new DownloadResponse(new ByteArrayInputStream(export), "mes-donnees-ensemble.json",
                    "application/json", export.length);
        }), "Télécharger mes données (JSON)");
        download.setId("telecharger-donnees");
        download.setDownload(true);
        var delete = new Button("Supprimer mon compte", click -> confirmDeletion());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("supprimer-compte");
        return section("Mes données", new Paragraph("Vous pouvez obtenir une copie de toutes les données que la "
                + "plateforme détient sur vous, ou supprimer définitivement votre compte."), download, new Div(delete));
    }

    private void confirmDeletion() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Supprimer définitivement mon compte ?");
        dialog.add(new Paragraph("Votre compte, votre profil et vos consentements seront supprimés dans toutes les "
                + "communes. Cette action est irréversible."));
        var confirm = new Button("Supprimer définitivement", click -> {
            profiles.deleteAccount(subject);
            dialog.close();
            currentUser.logout();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirmer-suppression");
        dialog.getFooter().add(new Button("Annuler", click -> dialog.close()), confirm);
        dialog.open();
    }

    private static Section section(String title, Component... content) {
        var section = new Section(new H2(title));
        section.add(content);
        section.addClassName("ensemble-section");
        return section;
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
