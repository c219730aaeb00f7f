package dk.brobygger.web.reports;

import java.util.List;

/**
 * One table of a report as it goes into a file: its name, its header, and its rows of values, each a text (a name,
 * or what a hidden count shows as), a count ({@link Long}) or a share in percent ({@link java.math.BigDecimal}).
 */
record FileTable(String name, List<String> header, List<List<Object>> rows) {
}
