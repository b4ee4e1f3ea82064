package fr.ensemble.rendezvous.domain;

/** The slot was taken by someone else, possibly a moment ago: the person picks another one. */
public class SlotTakenException extends AppointmentRefusedException {

    public SlotTakenException(String message) {
        super(message);
    }

    public static SlotTakenException at(String when) {
        return new SlotTakenException("Le créneau du " + when + " vient d'être réservé par quelqu'un d'autre : choisissez-en un autre.");
    }
}
