package fr.ensemble.ui.rendezvous;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.core.tenancy.TenantRegistry;
import fr.ensemble.rendezvous.application.AppointmentManagement;
import fr.ensemble.rendezvous.application.AppointmentManagement.BookedAppointment;
import fr.ensemble.rendezvous.application.OfferedSlot;
import fr.ensemble.rendezvous.application.SlotSearch;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.AppointmentStatus;
import fr.ensemble.ui.layout.PublicLayout;

/**
 * The page the confirmation e-mail links to (signed, no login needed): the appointment, and buttons to cancel it
 * or move it to another free slot.
 */
@Route(value = ":commune/rendez-vous/gerer/:reference", layout = PublicLayout.class)
@AnonymousAllowed
public class ManageAppointmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantRegistry registry;
    private final AppointmentManagement management;
    private final SlotSearch search;
    private final Paragraph message = new Paragraph();
    private Tenant tenant;
    private String reference;
    private String token;

    public ManageAppointmentView(TenantRegistry registry, AppointmentManagement management, SlotSearch search) {
        this.registry = registry;
        this.management = management;
        this.search = search;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenant = registry.find(event.getRouteParameters().get("commune").orElseThrow())
                .orElseThrow(() -> new NotFoundException("Commune inconnue"));
        reference = event.getRouteParameters().get("reference").orElseThrow();
        token = event.getLocation().getQueryParameters().getSingleParameter("jeton").orElse(null);
        message.setId("message-rdv");
        message.getElement().setAttribute("role", "status");
        show();
    }

    private void show() {
        removeAll();
        add(new H1("Mon rendez-vous — " + tenant.name()));
        BookedAppointment booked;
        try {
            booked = TenantContext.call(tenant.slug(), () -> management.open(reference, token));
        } catch (AppointmentRefusedException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        Appointment appointment = booked.appointment();
        var details = new Div(new Paragraph(booked.type().getLabel()),
                new Paragraph("Le " + SlotLabels.when(appointment.getStartsAt()) + ", " + booked.place().getName() + ", "
                        + booked.place().fullAddress()),
                new Paragraph("Référence : " + appointment.getReference() + " — " + appointment.getStatus().label()));
        details.setId("detail-rdv");
        add(details, message);
        if (appointment.getStatus() != AppointmentStatus.RESERVE) {
            return;
        }
        var cancel = new Button("Annuler ce rendez-vous", click -> {
            try {
                TenantContext.run(tenant.slug(), () -> management.cancel(reference, token));
                show();
                message.setText("Votre rendez-vous est annulé : le créneau est libéré pour quelqu'un d'autre.");
            } catch (AppointmentRefusedException e) {
                message.setText(e.getMessage());
            }
        });
        cancel.setId("annuler-rdv");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var slots = new RadioButtonGroup<OfferedSlot>("Un autre créneau");
        slots.setId("autres-creneaux");
        slots.setItemLabelGenerator(SlotLabels::of);
        slots.setItems(TenantContext.call(tenant.slug(),
                () -> search.soonest(booked.type().getSlug(), appointment.getPeople(), 8)));
        var move = new Button("Déplacer mon rendez-vous", click -> {
            if (slots.getValue() == null) {
                message.setText("Choisissez d'abord un autre créneau.");
                return;
            }
            try {
                Appointment moved = TenantContext.call(tenant.slug(),
                        () -> management.move(reference, token, slots.getValue().deskId(), slots.getValue().start()));
                removeAll();
                add(new H1("Rendez-vous déplacé"), new Paragraph("Nouveau rendez-vous le " + SlotLabels.when(moved.getStartsAt())
                        + ", référence " + moved.getReference() + ". Un e-mail de confirmation vous est envoyé avec son "
                        + "nouveau lien."));
            } catch (AppointmentRefusedException e) {
                message.setText(e.getMessage());
            }
        });
        move.setId("deplacer-rdv");
        add(cancel, new H2("Déplacer le rendez-vous"), slots, move);
    }

    @Override
    public String getPageTitle() {
        return "Mon rendez-vous — Ensemble";
    }
}
