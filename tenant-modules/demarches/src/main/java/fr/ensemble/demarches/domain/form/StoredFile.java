package fr.ensemble.demarches.domain.form;

/** The answer to a FILE field: a file already received, checked by {@link FileChecks} and stored. */
public record StoredFile(String name, String contentType, long size, String storageKey) {
}
