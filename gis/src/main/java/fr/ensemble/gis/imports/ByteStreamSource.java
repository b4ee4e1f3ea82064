package fr.ensemble.gis.imports;

/** A source read through one byte stream over the file: its progress is in bytes. */
abstract class ByteStreamSource implements FeatureSource {

    private final CountingInputStream input;
    private final long total;

    ByteStreamSource(CountingInputStream input, long total) {
        this.input = input;
        this.total = total;
    }

    @Override
    public long done() {
        return input.count();
    }

    @Override
    public long total() {
        return total;
    }
}
