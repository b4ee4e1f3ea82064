package fr.ensemble.participation.domain;

/** An agent's change to a campaign that cannot be made, with the reason in French. */
public class CampaignRefusedException extends RuntimeException {

    public CampaignRefusedException(String message) {
        super(message);
    }
}
