package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgendaSetup;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.Place;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The desks of one place for the commune's admins: listed, created, renamed, deactivated, with the types they serve. */
class DeskEditor extends Section {

    private final String tenantSlug;
    private final AgendaSetup setup;
    private final Select<Place> place = new Select<>();
    private final Div list = new Div();
    private final H3 formTitle = new H3();
    private final TextField name = PlaceEditor.field("Nom du guichet", "guichet-nom", 100);
    private final CheckboxGroup<AppointmentType> served = new CheckboxGroup<>("Types de rendez-vous servis");
    private final Checkbox active = new Checkbox("Actif (propose des créneaux)");
    private final Paragraph feedback = new Paragraph();
    private Desk editing;

    DeskEditor(String tenantSlug, AgendaSetup setup) {
        this.tenantSlug = tenantSlug;
        this.setup = setup;
        setId("guichets");
        place.setLabel("Lieu des guichets");
        place.setId("guichets-lieu");
        place.setItemLabelGenerator(Place::getName);
        place.addValueChangeListener(change -> {
            refresh();
            edit(null);
        });
        served.setId("guichet-types");
        served.setItemLabelGenerator(type -> type.getLabel() + (type.isActive() ? "" : " (inactif)"));
        active.setId("guichet-actif");
        feedback.setId("message-guichets");
        feedback.getElement().setAttribute("role", "status");
        var save = new Button("Enregistrer le guichet", click -> save());
        save.setId("guichet-enregistrer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fresh = new Button("Nouveau guichet", click -> edit(null));
        fresh.setId("guichet-nouveau");
        add(new H2("Guichets"), place, list, formTitle, name, served, active, new Div(save, fresh), feedback);
        reload(null);
    }

    /** After a place or a type changed: the lists offered again, {@code shown} selected when given. */
    void reload(Place shown) {
        List<Place> places = TenantContext.call(tenantSlug, setup::places);
        served.setItems(TenantContext.call(tenantSlug, setup::types));
        Long wanted = shown != null ? shown.getId() : place.getValue() == null ? null : place.getValue().getId();
        place.setItems(places);
        setVisible(!places.isEmpty());
        places.stream().filter(candidate -> candidate.getId().equals(wanted)).findFirst()
                .or(() -> places.stream().findFirst()).ifPresent(place::setValue);
    }

    private void refresh() {
        list.removeAll();
        if (place.getValue() == null) {
            return;
        }
        List<Desk> desks = TenantContext.call(tenantSlug, () -> setup.desks(place.getValue().getId()));
        if (desks.isEmpty()) {
            var empty = new Paragraph("Ce lieu n'a pas encore de guichet : créez-en un ci-dessous.");
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        var table = new SetupTable("Guichets du lieu " + place.getValue().getName(), List.of("Guichet", "Types servis", "État", "Action"));
        for (Desk desk : desks) {
            var edit = new Button("Modifier", click -> edit(desk));
            edit.getElement().setAttribute("aria-label", "Modifier le guichet " + desk.getName());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            table.row(desk.getName(), List.of(labels(desk.getTypeIds()), desk.isActive() ? "Actif" : "Inactif"), edit);
        }
        list.add(table);
    }

    private String labels(Set<Long> typeIds) {
        String labels = served.getListDataView().getItems().filter(type -> typeIds.contains(type.getId()))
                .map(AppointmentType::getLabel).collect(Collectors.joining(", "));
        return labels.isEmpty() ? "Aucun" : labels;
    }

    private void edit(Desk desk) {
        editing = desk;
        formTitle.setText(desk == null ? "Nouveau guichet" : "Modifier le guichet " + desk.getName());
        name.setValue(desk == null ? "" : desk.getName());
        served.setValue(desk == null ? Set.of() : served.getListDataView().getItems()
                .filter(type -> desk.getTypeIds().contains(type.getId())).collect(Collectors.toSet()));
        active.setValue(desk == null || desk.isActive());
        active.setVisible(desk != null);
    }

    private void save() {
        if (place.getValue() == null) {
            return;
        }
        Set<Long> typeIds = served.getValue().stream().map(AppointmentType::getId).collect(Collectors.toSet());
        try {
            Desk desk = TenantContext.call(tenantSlug, () -> editing == null
                    ? setup.createDesk(place.getValue().getId(), name.getValue(), typeIds)
                    : setup.editDesk(editing.getId(), name.getValue(), active.getValue(), typeIds));
            feedback.setText("Guichet « " + desk.getName() + " » enregistré.");
            refresh();
            edit(null);
        } catch (AppointmentRefusedException e) {
            feedback.setText(e.getMessage());
        }
    }
}
