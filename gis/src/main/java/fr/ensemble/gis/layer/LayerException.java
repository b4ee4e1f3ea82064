package fr.ensemble.gis.layer;

/** A change to a layer that cannot be made, with the reason in French for the person who asked. */
public class LayerException extends RuntimeException {

    public LayerException(String message) {
        super(message);
    }
}
