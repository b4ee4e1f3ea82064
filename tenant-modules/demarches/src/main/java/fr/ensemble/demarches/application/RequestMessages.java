package fr.ensemble.demarches.application;

import fr.ensemble.demarches.domain.form.FieldError;
import java.util.List;

/** The rules both sides of a request's conversation follow. */
final class RequestMessages {

    static final int MAX_LENGTH = 10_000;

    private RequestMessages() {
    }

    static String checked(String body) {
        if (body == null || body.isBlank()) {
            throw new RequestRefusedException(List.of(new FieldError("message", "Écrivez votre message.")));
        }
        if (body.length() > MAX_LENGTH) {
            throw new RequestRefusedException(List.of(new FieldError("message",
                    "Votre message dépasse " + MAX_LENGTH + " caractères.")));
        }
        return body.strip();
    }

    static RequestRefusedException unknown(String trackingNumber) {
        return new RequestRefusedException(List.of(new FieldError("", "Aucune demande ne porte le numéro " + trackingNumber + ".")));
    }
}
