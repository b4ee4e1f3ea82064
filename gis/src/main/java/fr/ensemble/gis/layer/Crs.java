package fr.ensemble.gis.layer;

import java.util.Arrays;
import java.util.Optional;

/**
 * The coordinate reference systems the OGC API offers (Part 2, "CRS by reference"). Storage is Lambert-93;
 * CRS84 (longitude, latitude) is the default of GeoJSON.
 *
 * @param decimals GeoJSON precision: about a centimetre in degrees, a millimetre in metres
 */
public record Crs(String uri, int srid, int decimals) {

    public static final Crs CRS84 = new Crs("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, 7);
    public static final Crs LAMBERT_93 = new Crs("http://www.opengis.net/def/crs/EPSG/0/2154", 2154, 3);
    public static final Crs WEB_MERCATOR = new Crs("http://www.opengis.net/def/crs/EPSG/0/3857", 3857, 3);
    public static final Crs[] SUPPORTED = {CRS84, LAMBERT_93, WEB_MERCATOR};

    public static Optional<Crs> fromUri(String uri) {
        return Arrays.stream(SUPPORTED).filter(crs -> crs.uri.equals(uri)).findFirst();
    }
}
