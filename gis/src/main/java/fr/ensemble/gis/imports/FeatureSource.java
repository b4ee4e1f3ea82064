package fr.ensemble.gis.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** One format's reader: rows one at a time, in the file's CRS. */
interface FeatureSource extends Closeable {

    /** The file's CRS as an EPSG code, one that {@link Reprojection} supports. */
    int srid();

    /** The geometry type the whole file declares (a CSV holds points), if it declares one. */
    Optional<String> declaredGeometryType();

    /** The next row, or null after the last one. */
    SourceRow next() throws IOException, ImportRefusedException;

    /** How far the reading is, in units of {@link #total()}. */
    long done();

    long total();
}
