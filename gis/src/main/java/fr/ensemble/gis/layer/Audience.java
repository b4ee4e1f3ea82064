package fr.ensemble.gis.layer;

/** Who may read a layer. */
public enum Audience {
    PUBLIC("Tout le monde"),
    /** The agents of the layer's owner (the commune, or the territory's staff for a shared layer). */
    AGENTS("Agents de la collectivité propriétaire"),
    /** The agents of every tenant of the territory. */
    TERRITORY_AGENTS("Agents de tout le territoire");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
