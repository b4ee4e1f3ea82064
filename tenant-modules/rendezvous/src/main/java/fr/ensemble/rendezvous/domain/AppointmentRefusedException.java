package fr.ensemble.rendezvous.domain;

/** A booking or an agenda change refused for a reason the person can act on, in French. */
public class AppointmentRefusedException extends RuntimeException {

    public AppointmentRefusedException(String message) {
        super(message);
    }
}
