package fr.ensemble.demarches.domain.mail;

import java.util.List;

/** The e-mails about requests, each with its default French wording and the placeholders it may use. */
public enum MailKind {
    RECEIPT("Accusé de réception", "Votre demande {numero} est bien reçue", """
            Bonjour,

            {commune} a bien reçu votre demande « {demarche} », enregistrée sous le numéro {numero}.
            {delai}
            Suivre votre demande : {lien}""", List.of("commune", "demarche", "numero", "delai", "lien")),
    STATUS("Changement de statut", "Votre demande {numero} : {statut}", """
            Bonjour,

            Votre demande « {demarche} » ({numero}) auprès de {commune} est maintenant : {statut}.
            {message}
            Suivre votre demande : {lien}""", List.of("commune", "demarche", "numero", "statut", "message", "lien")),
    MESSAGE("Message du service", "Votre demande {numero} : un message", """
            Bonjour,

            Le service qui instruit votre demande « {demarche} » ({numero}) auprès de {commune} vous écrit :

            {message}

            Vous pouvez lui répondre depuis « Mon compte » : {lien}""", List.of("commune", "demarche", "numero", "message", "lien")),
    DOCUMENT("Document ajouté", "Votre demande {numero} : un document", """
            Bonjour,

            Le service qui instruit votre demande « {demarche} » ({numero}) auprès de {commune} y a joint un document :
            {document}.

            Vous pouvez le télécharger depuis « Mon compte » : {lien}""", List.of("commune", "demarche", "numero", "document", "lien")),
    CONFIRM_EMAIL("Confirmation d'adresse (démarche sans compte)", "Confirmez votre demande « {demarche} »", """
            Bonjour,

            Vous avez rempli la démarche « {demarche} » auprès de {commune} sans compte. Pour l'envoyer, confirmez
            votre adresse e-mail en ouvrant ce lien dans les 48 heures :
            {lien}

            Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne sera envoyé.""",
            List.of("commune", "demarche", "lien"));

    /** Added under every e-mail, whatever its wording. */
    public static final String FOOTER = """


            Ensemble, le portail des communes d'Est Ensemble. Ce message est envoyé automatiquement : merci de ne pas y répondre.""";

    private final String label;
    private final String defaultSubject;
    private final String defaultBody;
    private final List<String> placeholders;

    MailKind(String label, String defaultSubject, String defaultBody, List<String> placeholders) {
        this.label = label;
        this.defaultSubject = defaultSubject;
        this.defaultBody = defaultBody;
        this.placeholders = placeholders;
    }

    public String label() {
        return label;
    }

    public String defaultSubject() {
        return defaultSubject;
    }

    public String defaultBody() {
        return defaultBody;
    }

    public List<String> placeholders() {
        return placeholders;
    }
}
