package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgendaSetup;
import fr.ensemble.rendezvous.application.TypeForm;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.AppointmentTypeKind;
import java.util.List;
import java.util.stream.Stream;

/** The commune's appointment types for its admins: listed, created, edited, deactivated (never deleted). */
class TypeEditor extends Section {

    private final String tenantSlug;
    private final AgendaSetup setup;
    private final Runnable saved;
    private final Div list = new Div();
    private final H3 formTitle = new H3();
    private final TextField label = PlaceEditor.field("Libellé", "type-libelle", 200);
    private final Select<AppointmentTypeKind> kind = new Select<>();
    private final IntegerField firstPerson = number("Durée pour la première personne (minutes, 5 à 240)", "type-duree", 5, 240);
    private final IntegerField extraPerson = number("Durée par personne en plus (minutes, 0 à 120)", "type-duree-en-plus", 0, 120);
    private final IntegerField maxPeople = number("Nombre de personnes au plus (1 à 5)", "type-personnes", 1, 5);
    private final IntegerField notice = number("Délai minimal de réservation (minutes avant)", "type-delai-minimal", 0, null);
    private final IntegerField advance = number("Délai maximal de réservation (jours avant, 1 à 366)", "type-delai-maximal", 1, 366);
    private final TextArea documents = new TextArea("Pièces à apporter");
    private final Checkbox antsPublished = new Checkbox("Proposé sur le site national de l'ANTS (passeport, carte d'identité)");
    private final Checkbox active = new Checkbox("Actif (proposé aux usagers)");
    private final Paragraph feedback = new Paragraph();
    private AppointmentType editing;

    TypeEditor(String tenantSlug, AgendaSetup setup, Runnable saved) {
        this.tenantSlug = tenantSlug;
        this.setup = setup;
        this.saved = saved;
        setId("types");
        kind.setLabel("Nature");
        kind.setId("type-nature");
        kind.setItems(AppointmentTypeKind.values());
        kind.setItemLabelGenerator(AppointmentTypeKind::label);
        documents.setId("type-pieces");
        antsPublished.setId("type-ants");
        active.setId("type-actif");
        Stream.of(firstPerson, extraPerson).forEach(field -> field.setStep(5));
        feedback.setId("message-types");
        feedback.getElement().setAttribute("role", "status");
        var save = new Button("Enregistrer le type", click -> save());
        save.setId("type-enregistrer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fresh = new Button("Nouveau type", click -> edit(null));
        fresh.setId("type-nouveau");
        add(new H2("Types de rendez-vous"), list, formTitle, PlaceEditor.fields(label, kind, firstPerson, extraPerson,
                maxPeople, notice, advance, documents), antsPublished, active, new Div(save, fresh), feedback);
        refresh();
        edit(null);
    }

    private void refresh() {
        list.removeAll();
        List<AppointmentType> types = TenantContext.call(tenantSlug, setup::types);
        if (types.isEmpty()) {
            var empty = new Paragraph("Aucun type de rendez-vous pour l'instant : créez le premier ci-dessous.");
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        var table = new SetupTable("Types de rendez-vous", List.of("Type", "Durée", "Site de l'ANTS", "État", "Action"));
        for (AppointmentType type : types) {
            var edit = new Button("Modifier", click -> edit(type));
            edit.getElement().setAttribute("aria-label", "Modifier le type " + type.getLabel());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            table.row(type.getLabel(), List.of(type.durations().firstPerson() + " min + " + type.durations().extraPerson()
                    + " min par personne en plus", type.isAntsPublished() ? "Publié" : "Non publié",
                    type.isActive() ? "Actif" : "Inactif"), edit);
        }
        list.add(table);
    }

    private void edit(AppointmentType type) {
        editing = type;
        formTitle.setText(type == null ? "Nouveau type de rendez-vous" : "Modifier le type " + type.getLabel());
        label.setValue(type == null ? "" : type.getLabel());
        kind.setValue(type == null ? AppointmentTypeKind.AUTRE : type.getKind());
        firstPerson.setValue(type == null ? 20 : type.durations().firstPerson());
        extraPerson.setValue(type == null ? 10 : type.durations().extraPerson());
        maxPeople.setValue(type == null ? 1 : type.durations().maxPeople());
        notice.setValue(type == null ? 120 : (int) type.window().minimumNotice().toMinutes());
        advance.setValue(type == null ? 60 : (int) type.window().maximumAdvance().toDays());
        documents.setValue(type == null || type.getDocuments() == null ? "" : type.getDocuments());
        antsPublished.setValue(type != null && type.isAntsPublished());
        active.setValue(type == null || type.isActive());
    }

    private void save() {
        if (Stream.of(firstPerson, extraPerson, maxPeople, notice, advance).anyMatch(field -> field.getValue() == null)) {
            feedback.setText("Indiquez les durées, le nombre de personnes et les deux délais en nombres entiers.");
            return;
        }
        try {
            var form = new TypeForm(label.getValue(), kind.getValue(), firstPerson.getValue(), extraPerson.getValue(),
                    maxPeople.getValue(), notice.getValue(), advance.getValue(), documents.getValue(),
                    antsPublished.getValue(), active.getValue());
            AppointmentType type = TenantContext.call(tenantSlug, () -> editing == null ? setup.createType(form)
                    : setup.editType(editing.getId(), form));
            feedback.setText("Type « " + type.getLabel() + " » enregistré.");
            refresh();
            edit(type);
            saved.run();
        } catch (AppointmentRefusedException e) {
            feedback.setText(e.getMessage());
        }
    }

    private static IntegerField number(String label, String id, int min, Integer max) {
        var field = new IntegerField(label);
        field.setId(id);
        field.setMin(min);
        if (max != null) {
            field.setMax(max);
        }
        return field;
    }
}
