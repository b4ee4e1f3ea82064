package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgendaSettings;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Desk;
import fr.ensemble.rendezvous.domain.DeskHours;
import fr.ensemble.rendezvous.domain.WeeklyOpening;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** A desk's weekly hours for the commune's admins: listed, added (never overlapping on a day), deleted. */
class WeeklyHoursEditor extends Section {

    private final String tenantSlug;
    private final AgendaSettings settings;
    private final Div table = new Div();
    private final Paragraph feedback = new Paragraph();
    private Desk desk;

    WeeklyHoursEditor(String tenantSlug, AgendaSettings settings) {
        this.tenantSlug = tenantSlug;
        this.settings = settings;
        setId("horaires");
        var day = new Select<DayOfWeek>();
        day.setLabel("Jour");
        day.setId("horaires-jour");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(WeeklyHoursEditor::name);
        day.setValue(DayOfWeek.MONDAY);
        var from = new TimePicker("De", LocalTime.of(9, 0));
        from.setId("horaires-debut");
        var to = new TimePicker("À", LocalTime.of(12, 0));
        to.setId("horaires-fin");
        for (TimePicker picker : List.of(from, to)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(Locale.FRANCE);
        }
        var add = new Button("Ajouter ces horaires", click -> {
            if (day.getValue() == null || from.getValue() == null || to.getValue() == null) {
                feedback.setText("Choisissez le jour, l'heure d'ouverture et l'heure de fermeture.");
                return;
            }
            try {
                TenantContext.call(tenantSlug, () -> settings.addHours(desk.getId(),
                        new WeeklyOpening(day.getValue(), from.getValue(), to.getValue())));
                show(desk);
                feedback.setText("Horaires ajoutés : " + name(day.getValue()) + " de " + from.getValue() + " à " + to.getValue() + ".");
            } catch (AppointmentRefusedException e) {
                feedback.setText(e.getMessage());
            }
        });
        add.setId("horaires-ajouter");
        feedback.setId("message-horaires");
        feedback.getElement().setAttribute("role", "status");
        var form = new HorizontalLayout(day, from, to, add);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Horaires de la semaine"), new Paragraph("Les créneaux proposés suivent ces horaires à partir de maintenant ; "
                + "les rendez-vous déjà pris restent."), table, form, feedback);
    }

    void show(Desk shown) {
        this.desk = shown;
        table.removeAll();
        List<DeskHours> hours = TenantContext.call(tenantSlug, () -> settings.hours(shown.getId()));
        if (hours.isEmpty()) {
            var empty = new Paragraph("Ce guichet n'a pas d'horaires : il ne propose aucun créneau.");
            empty.addClassName("empty-state");
            table.add(empty);
            return;
        }
        var list = new NativeTable();
        list.addClassName("rdv-table");
        list.setCaptionText("Horaires du guichet " + shown.getName());
        var header = new NativeTableRow();
        for (String column : List.of("Jour", "De", "À", "Action")) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        list.getHead().add(header);
        for (DeskHours stored : hours) {
            WeeklyOpening opening = stored.opening();
            var delete = new Button("Supprimer", click -> {
                TenantContext.run(tenantSlug, () -> settings.deleteHours(stored.getId()));
                show(desk);
                feedback.setText("Horaires du " + name(opening.day()) + " supprimés.");
            });
            delete.getElement().setAttribute("aria-label", "Supprimer les horaires du " + name(opening.day()) + " de "
                    + opening.from() + " à " + opening.to());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL);
            list.getBody().add(new NativeTableRow(new NativeTableCell(name(opening.day())),
                    new NativeTableCell(opening.from().toString()), new NativeTableCell(opening.to().toString()),
                    new NativeTableCell(delete)));
        }
        table.add(list);
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }
}
