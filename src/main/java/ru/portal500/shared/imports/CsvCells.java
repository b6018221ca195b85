package ru.portal500.shared.imports;

/**
 * Cells of the CSV files the portal writes (opened in spreadsheets, and imported back by
 * {@link ImportTable}, which takes the defusing apostrophe off again).
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** Defused, then quoted if it needs to be: ready to join with ";". Null is an empty cell. */
    public static String cell(String value) {
        return quote(safe(value == null ? "" : value));
    }

    /** A leading = + - @ would make a spreadsheet run the value as a formula. */
    public static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quote(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
