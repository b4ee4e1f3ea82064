package fr.ensemble.participation.domain;

/** Why a ballot was not counted: each has its problem type for the API and a French title. */
public enum Refusal {
    NOT_ELIGIBLE("non-eligible", "Vous ne pouvez pas voter à cette consultation"),
    ALREADY_VOTED("deja-vote", "Vous avez déjà voté"),
    CLOSED("vote-ferme", "Le vote n'est pas ouvert"),
    TOO_MANY("trop-de-choix", "Trop de choix"),
    OVER_BUDGET("enveloppe-depassee", "Enveloppe dépassée"),
    UNKNOWN_OPTION("choix-inconnu", "Choix inconnu"),
    NO_CHOICE("aucun-choix", "Aucun choix");

    private final String type;
    private final String title;

    Refusal(String type, String title) {
        this.type = type;
        this.title = title;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** A mistake in the ballot itself, which the voter can correct. */
    public boolean isInvalidChoice() {
        return this == TOO_MANY || this == OVER_BUDGET || this == UNKNOWN_OPTION || this == NO_CHOICE;
    }
}
