package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.ensemble.rendezvous.application.NewWorkshop;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import fr.ensemble.rendezvous.domain.Place;
import fr.ensemble.rendezvous.domain.Workshop;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The form an agent fills in to open a workshop; the service's French refusal is shown under it, nothing written. */
class WorkshopForm extends Section {

    WorkshopForm(List<Place> places, Function<NewWorkshop, Workshop> open, Consumer<Workshop> opened) {
        setId("formulaire-atelier");
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
        var day = new DatePicker("Jour");
        day.setId("atelier-jour");
        day.setLocale(Locale.FRANCE);
        var from = new TimePicker("De");
        from.setId("atelier-debut");
        from.setLocale(Locale.FRANCE);
        var to = new TimePicker("À");
        to.setId("atelier-fin");
        to.setLocale(Locale.FRANCE);
        var capacity = new TextField("Nombre de places");
        capacity.setId("atelier-places");
        capacity.setAllowedCharPattern("[0-9]");
        capacity.setMaxLength(3);
        capacity.getElement().setAttribute("inputmode", "numeric");
        var description = new TextArea("Description (facultative)");
        description.setId("atelier-description");
        description.setMaxLength(4000);
        var error = new Paragraph();
        error.setId("erreur-atelier");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        var form = new FormLayout(title, kind, place, day, from, to, capacity, description);
        form.setColspan(description, 2);
        add(new H2("Ouvrir un atelier"), form, error);
        var confirm = new Button("Ouvrir l'atelier", click -> {
            try {
                Workshop workshop = open.apply(new NewWorkshop(title.getValue(), kind.getValue(),
                        place.getValue() == null ? null : place.getValue().getId(), instant(day.getValue(), from.getValue()),
                        instant(day.getValue(), to.getValue()), seats(capacity.getValue()), description.getValue()));
                error.setText("");
                title.clear();
                description.clear();
                opened.accept(workshop);
            } catch (AppointmentRefusedException e) {
                error.setText(e.getMessage());
            }
        });
        confirm.setId("confirmer-atelier");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(confirm);
        setMaxWidth("48em");
    }

    private static Integer seats(String typed) {
        return typed.strip().matches("[0-9]{1,3}") ? Integer.valueOf(typed.strip()) : null;
    }

    private static Instant instant(LocalDate day, LocalTime time) {
        return day == null || time == null ? null : day.atTime(time).atZone(Labels.PARIS).toInstant();
    }
}
