package fr.ensemble.ui.rendezvous;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.core.tenancy.TenantContext;
import fr.ensemble.rendezvous.application.WorkshopRegistrations;
import fr.ensemble.rendezvous.application.WorkshopRegistrations.RegistrationView;
import fr.ensemble.rendezvous.application.Workshops;
import fr.ensemble.rendezvous.application.Workshops.ListedWorkshop;
import fr.ensemble.rendezvous.domain.AppointmentRefusedException;
import fr.ensemble.rendezvous.domain.Workshop;
import fr.ensemble.rendezvous.domain.WorkshopRegistration;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus;
import fr.ensemble.ui.security.CurrentUser;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The "Ateliers" section of the booking page: the commune's coming workshops with their free seats, and a
 * registration for 1 to 5 people under the resident's account (a seat, or a rank in the waiting list).
 */
class WorkshopsSection extends Div {

    private final Tenant tenant;
    private final WorkshopRegistrations registrations;
    private final CurrentUser currentUser;

    WorkshopsSection(Tenant tenant, Workshops workshops, WorkshopRegistrations registrations, CurrentUser currentUser) {
        this.tenant = tenant;
        this.registrations = registrations;
        this.currentUser = currentUser;
        setId("ateliers");
        add(new H2("Ateliers"));
        List<ListedWorkshop> upcoming = TenantContext.call(tenant.slug(), workshops::upcoming);
        var feed = new Anchor("api/v1/" + tenant.slug() + "/rendez-vous/ateliers.ics", "l'agenda des ateliers (.ics)");
        add(new Paragraph(upcoming.isEmpty() ? "Aucun atelier n'est programmé pour le moment." : "Ateliers collectifs sur "
                + "inscription : si un atelier est complet, vous pouvez vous inscrire sur sa liste d'attente."),
                new Paragraph(new Span("Pour les suivre dans votre agenda, abonnez-vous à "), feed));
        upcoming.forEach(listed -> add(card(listed)));
    }

    private Div card(ListedWorkshop listed) {
        Workshop workshop = listed.workshop();
        String id = "atelier-" + workshop.getId();
        var title = new H3(workshop.getTitle());
        title.setId(id + "-titre");
        var seats = new Paragraph(seatsText(workshop));
        var people = new Select<Integer>();
        people.setLabel("Nombre de personnes");
        people.setId(id + "-personnes");
        people.setItems(IntStream.rangeClosed(1, WorkshopRegistration.MOST_PEOPLE).boxed().toList());
        people.setItemLabelGenerator(n -> n == 1 ? "1 personne" : n + " personnes");
        people.setValue(1);
        var result = new Paragraph();
        result.setId(id + "-resultat");
        result.getElement().setAttribute("role", "status");
        var register = new Button("S'inscrire");
        register.setId(id + "-inscrire");
        register.getElement().setAttribute("aria-describedby", title.getId().orElseThrow());
        register.addClickListener(click -> register(workshop.getId(), people.getValue(), result, register));
        var card = new Div(title, new Paragraph("Le " + SlotLabels.when(workshop.getStartsAt()) + ", "
                + listed.place().getName() + ", " + listed.place().fullAddress()));
        if (workshop.getDescription() != null) {
            card.add(new Paragraph(workshop.getDescription()));
        }
        card.add(seats, people, register, result);
        card.setId(id);
        card.addClassName("atelier");
        return card;
    }

    private void register(long workshopId, int people, Paragraph result, Button register) {
        String name = currentUser.get().map(user -> user.getFullName()).orElse(null);
        String email = currentUser.get().map(user -> user.getEmail()).orElse(null);
        try {
            RegistrationView registered = TenantContext.call(tenant.slug(),
                    () -> registrations.register(workshopId, people, name, email, null));
            String reference = registered.registration().getReference();
            result.setText(registered.registration().getStatus() == WorkshopRegistrationStatus.INSCRIT
                    ? "Inscription confirmée (référence " + reference + ") : un e-mail vous est envoyé avec un lien pour l'annuler."
                    : "L'atelier est complet : vous êtes sur la liste d'attente, au rang " + registered.rank() + " (référence "
                            + reference + "). Un e-mail vous prévient si une place se libère.");
            register.setEnabled(false);
        } catch (AppointmentRefusedException e) {
            result.setText(e.getMessage());
        }
    }

    private static String seatsText(Workshop workshop) {
        int free = workshop.freeSeats();
        return free == 0 ? "Complet : inscription sur liste d'attente."
                : free == 1 ? "1 place restante sur " + workshop.getCapacity() + "."
                : free + " places restantes sur " + workshop.getCapacity() + ".";
    }
}
