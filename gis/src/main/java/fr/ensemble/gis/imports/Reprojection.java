package fr.ensemble.gis.imports;

import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * From a source CRS to CRS84 (for checks and extents) and to Lambert-93 (for storage). The three accepted CRS
 * are spelt out as PROJ strings, which spares the EPSG database (proj4j-epsg).
 */
final class Reprojection {

    static final int CRS84 = 4326;
    static final int LAMBERT_93 = 2154;
    static final int WEB_MERCATOR = 3857;

    private static final Map<Integer, String> PROJ = Map.of(
            CRS84, "+proj=longlat +datum=WGS84 +no_defs",
            LAMBERT_93, "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000"
                    + " +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            WEB_MERCATOR, "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m"
                    + " +nadgrids=@null +no_defs");

    private final CoordinateTransform toCrs84;
    private final CoordinateTransform toLambert93;

    private Reprojection(int srid) {
        CRSFactory factory = new CRSFactory();
        this.toCrs84 = transform(factory, srid, CRS84);
        this.toLambert93 = transform(factory, srid, LAMBERT_93);
    }

    /** A new one per read: proj4j objects are not meant to be shared between threads. */
    static Reprojection from(int srid) {
        return new Reprojection(srid);
    }

    /** @param statedAs how the file or the agent named it, for the message */
    static int require(int srid, String statedAs) throws ImportRefusedException {
        if (!PROJ.containsKey(srid)) {
            throw unsupported(statedAs);
        }
        return srid;
    }

    static ImportRefusedException unsupported(String statedAs) {
        return new ImportRefusedException("Système de coordonnées non pris en charge : " + statedAs
                + ". Sont acceptés WGS84 (EPSG:4326), Lambert-93 (EPSG:2154) et Web Mercator (EPSG:3857).");
    }

    Geometry toCrs84(Geometry geometry) {
        return apply(toCrs84, geometry);
    }

    Geometry toLambert93(Geometry geometry) {
        return apply(toLambert93, geometry);
    }

    private static CoordinateTransform transform(CRSFactory factory, int from, int to) {
        if (from == to) {
            return null;
        }
        return new BasicCoordinateTransform(crs(factory, from), crs(factory, to));
    }

    private static CoordinateReferenceSystem crs(CRSFactory factory, int srid) {
        return factory.createFromParameters("EPSG:" + srid, PROJ.get(srid));
    }

    private static Geometry apply(CoordinateTransform transform, Geometry geometry) {
        if (transform == null) {
            return geometry;
        }
        Geometry copy = geometry.copy();
        copy.apply(new TransformFilter(transform));
        return copy;
    }

    private static final class TransformFilter implements CoordinateSequenceFilter {

        private final CoordinateTransform transform;
        private final ProjCoordinate source = new ProjCoordinate();
        private final ProjCoordinate target = new ProjCoordinate();

        TransformFilter(CoordinateTransform transform) {
            this.transform = transform;
        }

        @Override
        public void filter(CoordinateSequence sequence, int i) {
            source.x = sequence.getX(i);
            source.y = sequence.getY(i);
            transform.transform(source, target);
            sequence.setOrdinate(i, CoordinateSequence.X, target.x);
            sequence.setOrdinate(i, CoordinateSequence.Y, target.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
