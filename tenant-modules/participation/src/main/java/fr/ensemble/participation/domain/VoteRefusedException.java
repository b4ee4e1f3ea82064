package fr.ensemble.participation.domain;

/** A ballot refused before anything was written, with the reason and a French message for the voter. */
public class VoteRefusedException extends RuntimeException {

    private final Refusal refusal;

    public VoteRefusedException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
