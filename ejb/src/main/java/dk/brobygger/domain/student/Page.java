package dk.brobygger.domain.student;

import java.util.List;

/** One page of a longer list, and how long the whole list is. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
