package fr.ensemble.gis.imports;

/** The whole file is refused; the message, in French, is shown to the agent as is. */
public class ImportRefusedException extends Exception {

    public ImportRefusedException(String message) {
        super(message);
    }
}
