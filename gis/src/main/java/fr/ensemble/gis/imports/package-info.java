/**
 * Reading and checking the files agents import into a layer (GeoJSON, GeoPackage, CSV), without a database:
 * {@link fr.ensemble.gis.imports.FeatureFileReader} previews a file, then streams its features in Lambert-93
 * to the writer. Messages meant for agents are in French.
 */
package fr.ensemble.gis.imports;
