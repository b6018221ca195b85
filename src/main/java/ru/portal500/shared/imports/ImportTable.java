package ru.portal500.shared.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded table as a header and rows, each row knowing the line it starts on, so that problems are
 * reported where a person will look for them. From CSV (RFC 4180 quoting, fields may span lines; the
 * delimiter is the one of {@code ; , TAB} that the header line uses most — Russian Excel saves with ';')
 * or from a spreadsheet ({@link XlsxTables}).
 */
public final class ImportTable {

    /** A data row: the line it starts on and its fields. */
    public record Row(int line, List<String> fields) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private final List<String> header;
    private final List<Row> rows;
    private final char delimiter;

    /** A table read elsewhere (a spreadsheet): the first row is the header. */
    public static ImportTable of(List<String> header, List<Row> rows) {
        return new ImportTable(List.copyOf(header), List.copyOf(rows), '\0');
    }

    private ImportTable(List<String> header, List<Row> rows, char delimiter) {
        this.header = header;
        this.rows = rows;
        this.delimiter = delimiter;
    }

    /** Parses the text; an unterminated quote is reported by the line it opened on. */
    public static ImportTable parseCsv(String text) throws CsvFormatException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = delimiterOf(firstLine(body));
        List<Row> all = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(all, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvFormatException(quoteLine);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(all, rowLine, fields);
        }
        if (all.isEmpty()) {
            return new ImportTable(List.of(), List.of(), delimiter);
        }
        List<String> header = all.get(0).fields().stream().map(String::strip).toList();
        return new ImportTable(header, List.copyOf(all.subList(1, all.size())), delimiter);
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            rows.add(new Row(line, List.copyOf(fields.stream().map(String::strip).map(ImportTable::undefused).toList())));
        }
    }

    /** Exports write "'=…" so that a spreadsheet does not run it; reading takes the apostrophe off again. */
    static String undefused(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static char delimiterOf(String header) {
        char best = ';';
        long most = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = header.chars().filter(ch -> ch == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public char delimiter() {
        return delimiter;
    }

    /** A quote opened and never closed. */
    public static final class CsvFormatException extends Exception {
        private final int line;

        public CsvFormatException(int line) {
            super("Unterminated quote from line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
