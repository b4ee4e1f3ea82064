package fr.ensemble.rendezvous.domain;

/** What an exception to the weekly hours does. */
public enum ExceptionKind {
    CLOSURE("Fermeture"),
    OPENING("Ouverture exceptionnelle");

    private final String label;

    ExceptionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
