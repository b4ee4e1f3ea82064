package fr.ensemble.core.search;

/** Elasticsearch could not answer a search; the message is French, for the person who searched. */
public class SearchUnavailableException extends RuntimeException {

    SearchUnavailableException(Throwable cause) {
        super("La recherche est momentanément indisponible. Réessayez dans quelques minutes.", cause);
    }
}
