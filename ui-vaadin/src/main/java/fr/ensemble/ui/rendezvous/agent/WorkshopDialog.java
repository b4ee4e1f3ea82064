package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.rendezvous.application.NewWorkshop;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.Workshop;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The form an agent fills in to open a workshop; the service's French refusal is shown in the dialog. */
class WorkshopDialog extends Dialog {

    WorkshopDialog(List<Place> places, Function<NewWorkshop, Workshop> open, Consumer<Workshop> opened) {
        setHeaderTitle("Ouvrir un atelier");
        var title = new TextField("Titre");
        title.setId("atelier-titre");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        var kind = new Select<AppointmentTypeKind>();
        kind.setLabel("Type d'atelier");
        kind.setId("atelier-type");
        kind.setItems(AppointmentTypeKind.values());
        kind.setItemLabelGenerator(AppointmentTypeKind::label);
        kind.setValue(AppointmentTypeKind.AIDE_NUMERIQUE);
        var place = new Select<Place>();
        place.setLabel("Lieu");
        place.setId("atelier-lieu");
        place.setItems(places);
        place.setItemLabelGenerator(Place::getName);
        place.setValue(places.getFirst());
        var start = new DateTimePicker("Début");
        start.setId("atelier-debut");
        start.setLocale(Locale.FRANCE);
        var end = new DateTimePicker("Fin");
        end.setId("atelier-fin");
        end.setLocale(Locale.FRANCE);
        var capacity = new IntegerField("Nombre de places");
        capacity.setId("atelier-places");
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        var description = new TextArea("Description (facultative)");
        description.setId("atelier-description");
        description.setMaxLength(4000);
        var error = new Paragraph();
        error.setId("erreur-atelier");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        var form = new FormLayout(title, kind, place, start, end, capacity, description);
        form.setColspan(description, 2);
        add(form, error);
        var confirm = new Button("Ouvrir l'atelier", click -> {
            try {
                Workshop workshop = open.apply(new NewWorkshop(title.getValue(), kind.getValue(),
                        place.getValue() == null ? null : place.getValue().getId(), instant(start.getValue()),
                        instant(end.getValue()), capacity.getValue(), description.getValue()));
                close();
                opened.accept(workshop);
            } catch (AppointmentRefusedException e) {
                error.setText(e.getMessage());
            }
        });
        confirm.setId("confirmer-atelier");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Retour", click -> close()), confirm);
        setWidth("44em");
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Labels.PARIS).toInstant();
    }
}
