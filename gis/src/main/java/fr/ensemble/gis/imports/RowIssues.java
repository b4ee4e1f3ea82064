package fr.ensemble.gis.imports;

import java.util.ArrayList;
import java.util.List;

/** Row errors (the row is left out) or warnings (the row is kept): the first hundred listed, all counted. */
public final class RowIssues {

    public static final int LISTED_AT_MOST = 100;

    private final List<RowIssue> listed = new ArrayList<>();
    private long total;

    void add(long row, String message) {
        if (listed.size() < LISTED_AT_MOST) {
            listed.add(new RowIssue(row, message));
        }
        total++;
    }

    public List<RowIssue> listed() {
        return List.copyOf(listed);
    }

    public long total() {
        return total;
    }
}
