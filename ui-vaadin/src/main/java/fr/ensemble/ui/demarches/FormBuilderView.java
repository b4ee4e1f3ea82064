package fr.ensemble.ui.demarches;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.ensemble.core.identity.access.CommuneAccess;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.demarches.application.FormBuilder;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.form.FieldType;
import fr.ensemble.demarches.domain.form.FormDefinition;
import fr.ensemble.demarches.domain.form.FormField;
import fr.ensemble.demarches.domain.form.FormPage;
import fr.ensemble.demarches.domain.form.FormSection;
import fr.ensemble.demarches.domain.form.FormVersion;
import fr.ensemble.ui.layout.PublicLayout;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The form builder of a commune's admins: the draft of a procedure's form, field by field (add, change, move,
 * remove), a preview as residents will see it, and publication as a new version once nothing is wrong.
 * Fields are edited on the form's first page; forms with several pages keep their other pages as they are.
 */
@Route(value = "agent/:commune/demarches/formulaires", layout = PublicLayout.class)
@PageTitle("Formulaires des démarches — Ensemble")
@PermitAll
public class FormBuilderView extends Div implements BeforeEnterObserver {

    private final TenantRegistry registry;
    private final CommuneAccess access;
    private final FormBuilder builder;
    private final Select<Procedure> procedure = new Select<>();
    private final Grid<FormField> fields = new Grid<>();
    private final Paragraph version = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private Tenant tenant;
    private FormVersion draft;

    public FormBuilderView(TenantRegistry registry, CommuneAccess access, FormBuilder builder) {
        this.registry = registry;
        this.access = access;
        this.builder = builder;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow()).filter(Tenant::isCommune)
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        if (!access.canWorkIn(SecurityContextHolder.getContext().getAuthentication(), tenant.slug(), "admin")) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        procedure.setLabel("Démarche");
        procedure.setId("demarche");
        procedure.setItems(call(builder::procedures));
        procedure.setItemLabelGenerator(value -> value == null ? "" : value.getTitle());
        procedure.addValueChangeListener(change -> load());
        fields.setId("champs");
        fields.setAriaLabel("Champs du formulaire");
        fields.addColumn(FormField::label).setHeader("Libellé").setAutoWidth(true);
        fields.addColumn(FormField::id).setHeader("Identifiant").setAutoWidth(true);
        fields.addColumn(field -> field.type().label()).setHeader("Type").setAutoWidth(true);
        fields.addColumn(field -> field.required() ? "oui" : "non").setHeader("Obligatoire").setAutoWidth(true);
        fields.addColumn(field -> field.showWhen() == null ? "" : field.showWhen().field() + " = " + field.showWhen().equals())
                .setHeader("Affiché si").setAutoWidth(true);
        fields.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        fields.setAllRowsVisible(true);
        problems.setId("problemes-formulaire");
        problems.getElement().setAttribute("role", "alert");
        var add = new Button("Ajouter un champ", click -> new FieldDialog(null, field -> change(list -> list.add(field))).open());
        add.setId("ajouter-champ");
        var preview = new Button("Aperçu", click -> preview());
        var publish = new Button("Publier cette version", click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publier-formulaire");
        removeAll();
        add(new H2("Formulaires des démarches de " + tenant.name()), new Paragraph("Les demandes déjà déposées gardent la "
                + "version avec laquelle elles l'ont été : publier crée une nouvelle version, sans toucher aux anciennes."),
                procedure, version, fields, new HorizontalLayout(add, preview, publish), problems);
        fields.setVisible(false);
    }

    private HorizontalLayout actions(FormField field) {
        var edit = new Button("Modifier", click -> new FieldDialog(field, changed -> change(list -> list.set(list.indexOf(field), changed))).open());
        var up = new Button("Monter", click -> change(list -> {
            int index = list.indexOf(field);
            if (index > 0) {
                list.add(index - 1, list.remove(index));
            }
        }));
        var remove = new Button("Retirer", click -> change(list -> list.remove(field)));
        for (Button button : List.of(edit, up, remove)) {
            button.getElement().setAttribute("aria-label", button.getText() + " le champ « " + field.label() + " »");
        }
        return new HorizontalLayout(edit, up, remove);
    }

    private void load() {
        if (procedure.getValue() == null) {
            return;
        }
        draft = call(() -> builder.draft(procedure.getValue()));
        show();
    }

    private void show() {
        version.setText("Version " + draft.number() + (draft.isPublished() ? " (publiée)" : " (brouillon)"));
        fields.setItems(firstPageFields());
        fields.setVisible(true);
        problems.removeAll();
    }

    /** Applies a change to the first page's fields and saves the draft at once. */
    private void change(Consumer<List<FormField>> edit) {
        List<FormField> list = new ArrayList<>(firstPageFields());
        edit.accept(list);
        List<FormPage> pages = new ArrayList<>(draft.definition().pages());
        FormPage first = new FormPage(pages.isEmpty() ? null : pages.getFirst().title(), List.of(new FormSection(null, list)));
        if (pages.isEmpty()) {
            pages.add(first);
        } else {
            pages.set(0, first);
        }
        draft = call(() -> builder.saveDraft(procedure.getValue(), new FormDefinition(pages)));
        show();
    }

    private List<FormField> firstPageFields() {
        return draft.definition().pages().isEmpty() ? List.of()
                : draft.definition().pages().getFirst().sections().stream().flatMap(section -> section.fields().stream()).toList();
    }

    private void preview() {
        if (draft == null) {
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle("Aperçu : " + procedure.getValue().getTitle());
        dialog.add(new FormRenderer(field -> field.type() == FieldType.ADDRESS ? new AddressInput(field)
                : FormRenderer.Input.information(field)).render(draft.definition(), Map.of()));
        dialog.getFooter().add(new Button("Fermer", click -> dialog.close()));
        dialog.open();
    }

    private void publish() {
        if (draft == null) {
            return;
        }
        List<String> found = call(() -> builder.publish(procedure.getValue()));
        problems.removeAll();
        if (found.isEmpty()) {
            int published = draft.number();
            load();
            problems.add(new ListItem("Version " + published + " publiée : les nouvelles demandes l'utilisent."));
        } else {
            found.forEach(problem -> problems.add(new ListItem(problem)));
        }
    }

    private <T> T call(Supplier<T> work) {
        return TenantContext.call(tenant.slug(), work);
    }
}
