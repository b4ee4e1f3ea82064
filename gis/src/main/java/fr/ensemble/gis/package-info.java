/**
 * The shared GIS: layer catalogue, PostGIS storage (EPSG:2154), imports, OGC API Features and vector
 * tiles. Depends on {@code platform-core} only; tenant modules and the UI build on it.
 */
package fr.ensemble.gis;
