package fr.ensemble.demarches.domain;

import java.util.Set;

/** Where a request stands, as the resident reads it. */
public enum RequestStatus {
    RECUE("Reçue"),
    EN_COURS("En cours d'instruction"),
    EN_ATTENTE("En attente d'un complément de votre part"),
    ACCEPTEE("Acceptée"),
    REFUSEE("Refusée"),
    CLOSE("Close");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses an agent may move a request to from this one. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case RECUE -> Set.of(EN_COURS, REFUSEE);
            case EN_COURS -> Set.of(EN_ATTENTE, ACCEPTEE, REFUSEE);
            case EN_ATTENTE -> Set.of(EN_COURS, REFUSEE, CLOSE);
            case ACCEPTEE, REFUSEE -> Set.of(CLOSE);
            case CLOSE -> Set.of();
        };
    }
}
