package fr.ensemble.ui.rendezvous.agent;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.AgentAppointments;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Desk;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Blocks a span of one desk with a reason: nobody can book it until an agent frees it. */
class BlockDialog extends Dialog {

    BlockDialog(String tenantSlug, List<Desk> desks, LocalDate shownDay, AgentAppointments actions,
            Consumer<Appointment> blocked) {
        setHeaderTitle("Bloquer un créneau");
        var desk = new Select<Desk>();
        desk.setLabel("Guichet");
        desk.setId("bloquer-guichet");
        desk.setItems(desks);
        desk.setItemLabelGenerator(Desk::getName);
        if (!desks.isEmpty()) {
            desk.setValue(desks.getFirst());
        }
        var day = new DatePicker("Jour", shownDay);
        day.setId("bloquer-jour");
        day.setLocale(Locale.FRANCE);
        var from = new TimePicker("De", LocalTime.of(9, 0));
        from.setId("bloquer-debut");
        from.setStep(Duration.ofMinutes(5));
        from.setLocale(Locale.FRANCE);
        var to = new TimePicker("À", LocalTime.of(10, 0));
        to.setId("bloquer-fin");
        to.setStep(Duration.ofMinutes(5));
        to.setLocale(Locale.FRANCE);
        var reason = new TextField("Raison (réunion, absence, formation…)");
        reason.setId("bloquer-raison");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        var error = new Paragraph();
        error.setId("erreur-blocage");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");
        add(desk, day, from, to, reason, error);
        var confirm = new Button("Bloquer", click -> {
            if (desk.getValue() == null || day.getValue() == null || from.getValue() == null || to.getValue() == null) {
                error.setText("Choisissez le guichet, le jour, le début et la fin.");
                return;
            }
            try {
                Appointment block = TenantContext.call(tenantSlug, () -> actions.block(desk.getValue().getId(),
                        day.getValue().atTime(from.getValue()).atZone(Labels.PARIS).toInstant(),
                        day.getValue().atTime(to.getValue()).atZone(Labels.PARIS).toInstant(), reason.getValue()));
                close();
                blocked.accept(block);
            } catch (AppointmentRefusedException e) {
                error.setText(e.getMessage());
            }
        });
        confirm.setId("confirmer-blocage");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Retour", click -> close()), confirm);
        setWidth("30em");
    }
}
