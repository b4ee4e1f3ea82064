package fr.ensemble.participation.application;

import fr.ensemble.core.tenancy.Tenant;
import fr.ensemble.participation.domain.Campaign;
import fr.ensemble.participation.domain.CouncilQuestion;
import fr.ensemble.participation.domain.MapComment;
import fr.ensemble.participation.domain.Project;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The French texts of the participation e-mails. */
final class ParticipationMails {

    private static final String SIGNATURE = "Retrouvez les projets sur la page de la consultation, sur Ensemble.\n\n"
            + "Ce message est envoyé automatiquement : merci de ne pas y répondre.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private ParticipationMails() {
    }

    static String projectSubmitted(Tenant tenant, Campaign campaign, Project project) {
        return "Bonjour,\n\nVotre projet « " + project.getTitle() + " » est déposé au « " + campaign.getTitle() + " » ("
                + tenant.name() + "). Les services de la commune vont l'étudier ; vous serez prévenu de chaque étape.\n\n"
                + SIGNATURE;
    }

    static String projectNews(Tenant tenant, Campaign campaign, Project project) {
        return "Bonjour,\n\nVotre projet « " + project.getTitle() + " » (« " + campaign.getTitle() + " », " + tenant.name()
                + ") est maintenant : " + project.getStatus().label() + "."
                + (project.getStatusReason() == null ? "" : "\n\nMotif : " + project.getStatusReason())
                + "\n\n" + SIGNATURE;
    }

    static String commentHidden(Tenant tenant, Campaign concertation, MapComment comment) {
        return "Bonjour,\n\nVotre commentaire sur la carte « " + concertation.getTitle() + " » (" + tenant.name()
                + ") a été masqué par la modération.\n\nMotif : " + comment.getHiddenReason()
                + "\n\nVotre commentaire :\n" + comment.getBody()
                + "\n\nCe message est envoyé automatiquement : merci de ne pas y répondre.";
    }

    static String questionNews(Tenant tenant, Campaign session, CouncilQuestion question) {
        return "Bonjour,\n\nVotre question pour « " + session.getTitle() + " » (" + tenant.name() + ") : "
                + question.getStatus().label() + "."
                + (question.getAnswer() == null ? "" : "\n\nRéponse publiée :\n" + question.getAnswer())
                + "\n\n" + SIGNATURE;
    }

    static String receipt(Tenant tenant, Campaign campaign, String code, LocalDate day) {
        return "Bonjour,\n\nVotre vote à « " + campaign.getTitle() + " » (" + tenant.name() + ") est enregistré le "
                + DAY.format(day) + ".\n\nVotre code de vérification : " + code + "\n\n"
                + "Avec ce code, vous pouvez vérifier à tout moment que votre bulletin est bien compté, sur la page de la "
                + "consultation (/" + tenant.slug() + "/participer/" + campaign.getSlug() + "). Ce code ne révèle pas "
                + "votre choix, et votre bulletin est conservé séparément de la liste des votants : personne ne peut "
                + "savoir pour qui vous avez voté.\n\nCe message est envoyé automatiquement : merci de ne pas y répondre.";
    }
}
