package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgendaSettings;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentType;
import java.util.List;

/** Each appointment type's booking delays for the commune's admins: minimum notice and maximum advance. */
class BookingDelaysEditor extends Section {

    private final Paragraph feedback = new Paragraph();

    BookingDelaysEditor(String tenantSlug, AgendaSettings settings) {
        setId("delais");
        feedback.setId("message-delais");
        feedback.getElement().setAttribute("role", "status");
        var table = new NativeTable();
        table.addClassName("rdv-table");
        table.setCaptionText("Délais de réservation par type de rendez-vous");
        var header = new NativeTableRow();
        for (String column : List.of("Type", "Au plus tard (minutes avant)", "Au plus tôt (jours avant)", "Action")) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        table.getHead().add(header);
        for (AppointmentType type : TenantContext.call(tenantSlug, settings::types)) {
            var notice = new IntegerField();
            notice.setAriaLabel("Délai minimal en minutes — " + type.getLabel());
            notice.setValue((int) type.window().minimumNotice().toMinutes());
            notice.setMin(0);
            var advance = new IntegerField();
            advance.setAriaLabel("Délai maximal en jours — " + type.getLabel());
            advance.setValue((int) type.window().maximumAdvance().toDays());
            advance.setMin(1);
            advance.setMax(366);
            var save = new Button("Enregistrer", click -> {
                if (notice.getValue() == null || advance.getValue() == null) {
                    feedback.setText("Indiquez les deux délais de « " + type.getLabel() + " ».");
                    return;
                }
                try {
                    TenantContext.call(tenantSlug, () -> settings.changeDelays(type.getId(), notice.getValue(), advance.getValue()));
                    feedback.setText("Délais de « " + type.getLabel() + " » enregistrés.");
                } catch (AppointmentRefusedException e) {
                    feedback.setText(e.getMessage());
                }
            });
            save.getElement().setAttribute("aria-label", "Enregistrer les délais de " + type.getLabel());
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var name = new NativeTableHeaderCell(type.getLabel());
            name.getElement().setAttribute("scope", "row");
            table.getBody().add(new NativeTableRow(name, new NativeTableCell(notice), new NativeTableCell(advance),
                    new NativeTableCell(save)));
        }
        add(new H2("Délais de réservation"), new Paragraph("Un usager réserve au plus tard tant de minutes avant le "
                + "rendez-vous, et au plus tôt tant de jours avant."), table, feedback);
    }
}
