package dk.brobygger.application;

/**
 * Cells of the CSV files the application writes (semicolons, as Danish Excel opens them). A cell that a
 * spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) is written as text,
 * with a leading apostrophe, so that a name someone typed cannot run when the file is opened (docs/audit.md).
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
