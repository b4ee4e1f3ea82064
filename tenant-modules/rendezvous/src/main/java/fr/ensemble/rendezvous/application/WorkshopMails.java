package fr.ensemble.rendezvous.application;

import fr.ensemble.core.notification.MailAttachment;
import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.rendezvous.application.WorkshopRegistrations.RegistrationView;
import fr.ensemble.rendezvous.domain.WorkshopRegistration;
import fr.ensemble.rendezvous.domain.WorkshopRegistrationStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/** The French e-mails about a workshop registration, queued in the tenant's outbox; a confirmed seat carries a .ics. */
@Component
class WorkshopMails {

    private static final String SIGNATURE = """

            Vous retrouvez vos inscriptions dans « Mon compte » sur Ensemble, le portail des communes d'Est Ensemble.

            Ce message est envoyé automatiquement : merci de ne pas y répondre.""";

    private final MailOutbox outbox;
    private final AppointmentLinks links;

    WorkshopMails(MailOutbox outbox, AppointmentLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    void registered(Tenant tenant, RegistrationView view) {
        if (view.registration().getStatus() == WorkshopRegistrationStatus.INSCRIT) {
            seat(tenant, view, "Inscription confirmée : ", "Votre inscription à l'atelier « " + view.workshop().getTitle()
                    + " » auprès de " + tenant.name() + " est confirmée :");
            return;
        }
        WorkshopRegistration registration = view.registration();
        outbox.queue(registration.contact().email(), "Liste d'attente : " + view.workshop().getTitle(),
                greeting(registration) + "L'atelier « " + view.workshop().getTitle() + " » auprès de " + tenant.name()
                        + " est complet : vous êtes inscrit sur la liste d'attente, au rang " + view.rank() + ".\n\n"
                        + details(view) + "\nSi une place se libère pour votre groupe, elle vous est donnée et un e-mail "
                        + "vous le confirme.\n\nPour vous retirer de la liste : "
                        + links.registrationUrl(tenant.slug(), registration.getReference()) + "\n" + SIGNATURE);
    }

    void promoted(Tenant tenant, RegistrationView view) {
        seat(tenant, view, "Une place s'est libérée : ", "Une place s'est libérée : votre inscription à l'atelier « "
                + view.workshop().getTitle() + " » auprès de " + tenant.name() + " est confirmée :");
    }

    void reminder(Tenant tenant, RegistrationView view) {
        WorkshopRegistration registration = view.registration();
        outbox.queue(registration.contact().email(), "Rappel : votre atelier demain, " + view.workshop().getTitle(),
                greeting(registration) + "Nous vous rappelons votre inscription à l'atelier « " + view.workshop().getTitle()
                        + " » auprès de " + tenant.name() + " :\n\n" + details(view)
                        + "\nSi vous ne pouvez pas venir, annulez pour laisser la place : "
                        + links.registrationUrl(tenant.slug(), registration.getReference()) + "\n" + SIGNATURE);
    }

    void cancelled(Tenant tenant, RegistrationView view) {
        WorkshopRegistration registration = view.registration();
        outbox.queue(registration.contact().email(), "Inscription annulée : " + view.workshop().getTitle(),
                greeting(registration) + "Votre inscription à l'atelier « " + view.workshop().getTitle() + " » auprès de "
                        + tenant.name() + " (référence " + registration.getReference() + ") est annulée.\n" + SIGNATURE);
    }

    private void seat(Tenant tenant, RegistrationView view, String subject, String opening) {
        WorkshopRegistration registration = view.registration();
        outbox.queue(registration.contact().email(), subject + view.workshop().getTitle(),
                greeting(registration) + opening + "\n\n" + details(view)
                        + "\nSi vous ne pouvez pas venir, annulez pour laisser la place : "
                        + links.registrationUrl(tenant.slug(), registration.getReference())
                        + "\n\nLe fichier joint (atelier.ics) l'ajoute à votre agenda.\n" + SIGNATURE,
                new MailAttachment("atelier.ics", CalendarFiles.CONTENT_TYPE, CalendarFiles.write(List.of(WorkshopFeed.event(
                        tenant, view.workshop(), view.place(), links.bookingPageUrl(tenant.slug()))))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static String greeting(WorkshopRegistration registration) {
        return "Bonjour " + registration.contact().name() + ",\n\n";
    }

    private static String details(RegistrationView view) {
        int people = view.registration().getPeople();
        return "- le " + AppointmentMails.when(view.workshop().getStartsAt()) + "\n- " + view.place().getName() + ", "
                + view.place().fullAddress() + "\n- pour " + people + (people > 1 ? " personnes" : " personne")
                + "\n- référence : " + view.registration().getReference() + "\n";
    }
}
