package fr.ensemble.demarches.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.demarches.domain.Procedure;
import fr.ensemble.demarches.domain.Request;
import fr.ensemble.demarches.domain.RequestStatus;

/** The French texts of the e-mails about a request. */
final class RequestMails {

    private static final String SIGNATURE = """

            Vous pouvez suivre votre demande dans « Mon compte » sur Ensemble, le portail des communes d'Est Ensemble.

            Ce message est envoyé automatiquement : merci de ne pas y répondre.""";

    private RequestMails() {
    }

    static String receipt(Tenant tenant, Procedure procedure, Request request) {
        return "Bonjour,\n\n" + tenant.name() + " a bien reçu votre demande « " + procedure.getTitle()
                + " », enregistrée sous le numéro " + request.getTrackingNumber() + "."
                + (procedure.getExpectedDelay() == null ? "" : "\nDélai indicatif : " + procedure.getExpectedDelay() + ".")
                + "\n" + SIGNATURE;
    }

    static String message(Tenant tenant, Procedure procedure, Request request, String text) {
        return "Bonjour,\n\nLe service qui instruit votre demande « " + procedure.getTitle() + " » ("
                + request.getTrackingNumber() + ") auprès de " + tenant.name() + " vous écrit :\n\n" + text
                + "\n\nVous pouvez lui répondre depuis « Mon compte »." + "\n" + SIGNATURE;
    }

    static String statusChanged(Tenant tenant, Procedure procedure, Request request, RequestStatus status, String comment) {
        return "Bonjour,\n\nVotre demande « " + procedure.getTitle() + " » (" + request.getTrackingNumber() + ") auprès de "
                + tenant.name() + " est maintenant : " + status.label() + "."
                + (comment == null || comment.isBlank() ? "" : "\n\nMessage du service :\n" + comment.strip())
                + "\n" + SIGNATURE;
    }
}
