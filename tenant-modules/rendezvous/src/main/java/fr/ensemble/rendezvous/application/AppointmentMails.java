package fr.ensemble.rendezvous.application;

import fr.ensemble.core.notification.MailAttachment;
import fr.ensemble.core.notification.MailOutbox;
import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.rendezvous.domain.Appointment;
import fr.ensemble.rendezvous.domain.AppointmentType;
import fr.ensemble.rendezvous.domain.Place;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The French e-mails about an appointment, queued in the tenant's outbox; the confirmation carries a .ics. An
 * appointment an agent booked with a phone number only gets none.
 */
@Component
class AppointmentMails {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRENCH);
    private static final String SIGNATURE = """

            Vous retrouvez vos rendez-vous dans « Mon compte » sur Ensemble, le portail des communes d'Est Ensemble.

            Ce message est envoyé automatiquement : merci de ne pas y répondre.""";

    private final MailOutbox outbox;
    private final AppointmentLinks links;

    AppointmentMails(MailOutbox outbox, AppointmentLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    void confirmed(Tenant tenant, Appointment appointment, AppointmentType type, Place place) {
        if (appointment.contact().email() == null) {
            return;
        }
        String body = "Bonjour " + appointment.contact().name() + ",\n\nVotre rendez-vous « " + type.getLabel() + " » auprès de "
                + tenant.name() + " est confirmé :\n\n" + details(appointment, place)
                + (type.getDocuments() == null ? "" : "\nÀ apporter : " + type.getDocuments() + "\n")
                + numbers(appointment)
                + "\nPour l'annuler ou le déplacer : " + links.manageUrl(tenant.slug(), appointment.getReference())
                + "\n\nLe fichier joint (rendez-vous.ics) l'ajoute à votre agenda.\n" + SIGNATURE;
        outbox.queue(appointment.contact().email(), "Rendez-vous confirmé : " + when(appointment.getStartsAt()), body,
                new MailAttachment("rendez-vous.ics", CalendarFiles.CONTENT_TYPE,
                        CalendarFiles.write(List.of(event(tenant, appointment, type, place, false))).getBytes(StandardCharsets.UTF_8)));
    }

    void reminder(Tenant tenant, Appointment appointment, AppointmentType type, Place place) {
        if (appointment.contact().email() == null) {
            return;
        }
        outbox.queue(appointment.contact().email(), "Rappel : votre rendez-vous demain, " + when(appointment.getStartsAt()),
                "Bonjour " + appointment.contact().name() + ",\n\nNous vous rappelons votre rendez-vous « " + type.getLabel()
                        + " » auprès de " + tenant.name() + " :\n\n" + details(appointment, place)
                        + (type.getDocuments() == null ? "" : "\nÀ apporter : " + type.getDocuments() + "\n")
                        + "\nSi vous ne pouvez pas venir, annulez-le pour libérer la place : "
                        + links.manageUrl(tenant.slug(), appointment.getReference()) + "\n" + SIGNATURE);
    }

    void cancelled(Tenant tenant, Appointment appointment, AppointmentType type, Place place, String message) {
        if (appointment.contact().email() == null) {
            return;
        }
        outbox.queue(appointment.contact().email(), "Rendez-vous annulé : " + when(appointment.getStartsAt()),
                "Bonjour " + appointment.contact().name() + ",\n\nVotre rendez-vous « " + type.getLabel() + " » auprès de "
                        + tenant.name() + " du " + when(appointment.getStartsAt()) + " (" + place.getName() + ", référence "
                        + appointment.getReference() + ") est annulé."
                        + (message == null || message.isBlank() ? "" : "\n\nMessage du service :\n" + message.strip())
                        + "\n\nVous pouvez prendre un autre rendez-vous sur Ensemble.\n" + SIGNATURE,
                new MailAttachment("rendez-vous.ics", CalendarFiles.CONTENT_TYPE,
                        CalendarFiles.write(List.of(event(tenant, appointment, type, place, true))).getBytes(StandardCharsets.UTF_8)));
    }

    static CalendarFiles.Event event(Tenant tenant, Appointment appointment, AppointmentType type, Place place,
            boolean cancelled) {
        return new CalendarFiles.Event(appointment.getReference() + "@" + tenant.slug() + ".ensemble",
                appointment.getStartsAt(), appointment.getEndsAt(), type.getLabel() + " — " + tenant.name(),
                place.getName() + ", " + place.fullAddress(),
                "Référence " + appointment.getReference() + (type.getDocuments() == null ? "" : ". À apporter : " + type.getDocuments()),
                cancelled);
    }

    private static String details(Appointment appointment, Place place) {
        return "- le " + when(appointment.getStartsAt()) + "\n- " + place.getName() + ", " + place.fullAddress()
                + (place.getAccessibility() == null ? "" : "\n- accessibilité : " + place.getAccessibility())
                + "\n- pour " + appointment.getPeople() + (appointment.getPeople() > 1 ? " personnes" : " personne")
                + "\n- référence : " + appointment.getReference() + "\n";
    }

    private static String numbers(Appointment appointment) {
        return appointment.getPreApplicationNumbers().isEmpty() ? ""
                : "\nNuméros de pré-demande ANTS : " + String.join(", ", appointment.getPreApplicationNumbers()) + "\n";
    }

    static String when(Instant instant) {
        return WHEN.format(instant.atZone(Agendas.ZONE));
    }
}
