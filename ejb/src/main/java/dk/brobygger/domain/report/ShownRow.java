package dk.brobygger.domain.report;

import java.util.List;

/** One row of a report's table as it may be shown: small counts and what would give them away hidden. */
public record ShownRow(String key, String nameDa, String nameEn, List<Cell> cells) {

    /** The key of the totals row. */
    public static final String TOTAL = "TOTAL";

    public ShownRow {
        cells = List.copyOf(cells);
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameDa;
    }

    public boolean total() {
        return TOTAL.equals(key);
    }
}
