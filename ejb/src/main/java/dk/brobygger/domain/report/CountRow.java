package dk.brobygger.domain.report;

import java.util.List;

/**
 * One row of a report's table as the database counts it: what it is about (a key, and its name in Danish and
 * English) and its counts, column by column. Only {@link CountTable#shown} of it leaves the service.
 */
public record CountRow(String key, String nameDa, String nameEn, List<Long> counts) {

    public CountRow {
        counts = List.copyOf(counts);
    }
}
