package fr.ensemble.participation.application;

/** No published campaign of the current tenant has that identifier. */
public class UnknownCampaignException extends RuntimeException {

    public UnknownCampaignException(String slug) {
        super("Aucune consultation « " + slug + " » ici.");
    }
}
