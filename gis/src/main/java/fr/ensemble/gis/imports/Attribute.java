package fr.ensemble.gis.imports;

public record Attribute(String name, AttributeType type) {
}
