package dk.brobygger.domain.student;

import java.util.List;

/** One page of a longer list, and how long the whole list is. */
public record Page<T>(List<T> rows, long total) {

    /** The most rows one page holds, whatever a request asks for: a page is for reading, not for exporting. */
    public static final int MAX_ROWS = 100;


    public Page {
        rows = List.copyOf(rows);
    }

    /** The rows a page may hold of those asked for: at least one, at most {@link #MAX_ROWS}. */
    public static int rows(int asked) {
        return Math.max(1, Math.min(asked, MAX_ROWS));
    }

    /** Where a page may start: never before the first row. */
    public static int first(int asked) {
        return Math.max(0, asked);
    }
}
